// Stand-ins for the catalog's embeds, chat and support, and usually necessary services (issue 26 item 6); see ./vendors.ts for what a stand-in is.
import type { StandIn } from "./vendors";

export const EMBEDS_AND_MORE: Readonly<Record<string, StandIn>> = {};
