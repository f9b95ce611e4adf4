// Tidio live chat: https://help.tidio.com/hc/en-us/articles/5381995495836-Install-Tidio-on-your-website
// (https://code.tidio.co/<public key>.js). No documented stop for a running widget: withdrawal reloads.
// Storage: https://help.tidio.com/hc/en-us/articles/5382059329820 (tidio_state_* in localStorage).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "tidio",
  title: "Tidio",
  category: "preferences",
  params: { publicKey: [/^[a-z0-9]{32}$/, "a Tidio public key (32 letters and digits)"] },
  src: ({ publicKey }) => `https://code.tidio.co/${publicKey}.js`,
  reload: true,
  provider: ["Tidio", "https://www.tidio.com/privacy-policy/", "US"],
  storage: [["tidio_state_*", "Keeps the visitor's chat and widget state", "persistent"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["code.tidio.co", "widget-v4.tidiochat.com", "socket.tidio.co"],
  docs: ["https://help.tidio.com/hc/en-us/articles/5381995495836-Install-Tidio-on-your-website"],
  idFromUrl: ["publicKey", /code\.tidio\.co\/([a-z0-9]{32})\.js/],
};
