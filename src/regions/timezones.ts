// `regionFromTimeZone` (issue 29, off by default, weak): the browser's IANA time zone to a country. Weak because a
// time zone is a setting, not a place: travellers, VPNs and a laptop set to UTC all read wrong, and one zone spans
// several states (America/Los_Angeles is California, Oregon, Washington and Nevada), so it never names a US state.
// Used only when the server gave no hint. Europe's zones map one to a country; elsewhere only a few large ones.
const ZONES: Readonly<Record<string, string>> = {
  "Europe/Amsterdam": "NL", "Europe/Andorra": "AD", "Europe/Athens": "GR", "Europe/Belgrade": "RS", "Europe/Berlin": "DE",
  "Europe/Bratislava": "SK", "Europe/Brussels": "BE", "Europe/Bucharest": "RO", "Europe/Budapest": "HU", "Europe/Copenhagen": "DK",
  "Europe/Dublin": "IE", "Europe/Helsinki": "FI", "Europe/Lisbon": "PT", "Europe/Ljubljana": "SI", "Europe/London": "GB",
  "Europe/Luxembourg": "LU", "Europe/Madrid": "ES", "Europe/Malta": "MT", "Europe/Oslo": "NO", "Europe/Paris": "FR",
  "Europe/Prague": "CZ", "Europe/Riga": "LV", "Europe/Rome": "IT", "Europe/Sofia": "BG", "Europe/Stockholm": "SE",
  "Europe/Tallinn": "EE", "Europe/Vaduz": "LI", "Europe/Vienna": "AT", "Europe/Vilnius": "LT", "Europe/Warsaw": "PL",
  "Europe/Zagreb": "HR", "Europe/Zurich": "CH", "Atlantic/Reykjavik": "IS", "Asia/Nicosia": "CY", "Atlantic/Canary": "ES",
  "Atlantic/Madeira": "PT", "Atlantic/Azores": "PT", "America/New_York": "US", "America/Chicago": "US", "America/Denver": "US",
  "America/Phoenix": "US", "America/Los_Angeles": "US", "America/Anchorage": "US", "Pacific/Honolulu": "US",
  "America/Toronto": "CA", "America/Vancouver": "CA", "America/Sao_Paulo": "BR", "America/Mexico_City": "MX",
  "Asia/Tokyo": "JP", "Asia/Seoul": "KR", "Asia/Shanghai": "CN", "Asia/Kolkata": "IN", "Australia/Sydney": "AU",
};

/** The country of an IANA time zone this table knows, else undefined (the strictest rules then apply). */
export const regionFromTimeZone = (zone: string | undefined): string | undefined => (zone ? ZONES[zone] : undefined);
