// The UI: banner, preferences dialog, cookie declaration. (Placeholder until the UI issue lands.)
import type { UiFactory } from "../api";

export const mountUi: UiFactory = ({ store }) => ({
  open: () => store.bus.emit("open", undefined),
  close: () => store.bus.emit("close", undefined),
  show: () => {},
  renderDeclaration: () => {},
});
