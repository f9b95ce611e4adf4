// Stand-ins for the catalog's advertising pixels and tags (issue 26 item 6); see ./vendors.ts for what a stand-in is.
import type { StandIn } from "./vendors";

export const ADVERTISING: Readonly<Record<string, StandIn>> = {};
