// Stand-ins for the catalog's analytics, session replay and tag managers (issue 26 item 6); see ./vendors.ts for what a stand-in is.
import type { StandIn } from "./vendors";

export const ANALYTICS: Readonly<Record<string, StandIn>> = {};
