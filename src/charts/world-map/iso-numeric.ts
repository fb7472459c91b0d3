/**
 * ISO 3166-1 numeric code of each of the 193 UN member states, keyed by ISO3.
 * world-atlas identifies its features by the numeric code, the corpus by
 * ISO3. Transcribed from the project's reference list of member states
 * (un_member_states.csv, iso_numeric column); kept here so the build reads
 * nothing outside this repository.
 */
export const ISO3_TO_NUMERIC: Readonly<Record<string, string>> = {
  AFG: "004", AGO: "024", ALB: "008", AND: "020", ARE: "784", ARG: "032", ARM: "051", ATG: "028", AUS: "036", AUT: "040",
  AZE: "031", BDI: "108", BEL: "056", BEN: "204", BFA: "854", BGD: "050", BGR: "100", BHR: "048", BHS: "044", BIH: "070",
  BLR: "112", BLZ: "084", BOL: "068", BRA: "076", BRB: "052", BRN: "096", BTN: "064", BWA: "072", CAF: "140", CAN: "124",
  CHE: "756", CHL: "152", CHN: "156", CIV: "384", CMR: "120", COD: "180", COG: "178", COL: "170", COM: "174", CPV: "132",
  CRI: "188", CUB: "192", CYP: "196", CZE: "203", DEU: "276", DJI: "262", DMA: "212", DNK: "208", DOM: "214", DZA: "012",
  ECU: "218", EGY: "818", ERI: "232", ESP: "724", EST: "233", ETH: "231", FIN: "246", FJI: "242", FRA: "250", FSM: "583",
  GAB: "266", GBR: "826", GEO: "268", GHA: "288", GIN: "324", GMB: "270", GNB: "624", GNQ: "226", GRC: "300", GRD: "308",
  GTM: "320", GUY: "328", HND: "340", HRV: "191", HTI: "332", HUN: "348", IDN: "360", IND: "356", IRL: "372", IRN: "364",
  IRQ: "368", ISL: "352", ISR: "376", ITA: "380", JAM: "388", JOR: "400", JPN: "392", KAZ: "398", KEN: "404", KGZ: "417",
  KHM: "116", KIR: "296", KNA: "659", KOR: "410", KWT: "414", LAO: "418", LBN: "422", LBR: "430", LBY: "434", LCA: "662",
  LIE: "438", LKA: "144", LSO: "426", LTU: "440", LUX: "442", LVA: "428", MAR: "504", MCO: "492", MDA: "498", MDG: "450",
  MDV: "462", MEX: "484", MHL: "584", MKD: "807", MLI: "466", MLT: "470", MMR: "104", MNE: "499", MNG: "496", MOZ: "508",
  MRT: "478", MUS: "480", MWI: "454", MYS: "458", NAM: "516", NER: "562", NGA: "566", NIC: "558", NLD: "528", NOR: "578",
  NPL: "524", NRU: "520", NZL: "554", OMN: "512", PAK: "586", PAN: "591", PER: "604", PHL: "608", PLW: "585", PNG: "598",
  POL: "616", PRK: "408", PRT: "620", PRY: "600", QAT: "634", ROU: "642", RUS: "643", RWA: "646", SAU: "682", SDN: "729",
  SEN: "686", SGP: "702", SLB: "090", SLE: "694", SLV: "222", SMR: "674", SOM: "706", SRB: "688", SSD: "728", STP: "678",
  SUR: "740", SVK: "703", SVN: "705", SWE: "752", SWZ: "748", SYC: "690", SYR: "760", TCD: "148", TGO: "768", THA: "764",
  TJK: "762", TKM: "795", TLS: "626", TON: "776", TTO: "780", TUN: "788", TUR: "792", TUV: "798", TZA: "834", UGA: "800",
  UKR: "804", URY: "858", USA: "840", UZB: "860", VCT: "670", VEN: "862", VNM: "704", VUT: "548", WSM: "882", YEM: "887",
  ZAF: "710", ZMB: "894", ZWE: "716",
};

const NUMERIC_TO_ISO3: ReadonlyMap<string, string> = new Map(Object.entries(ISO3_TO_NUMERIC).map(([iso3, numeric]) => [numeric, iso3]));

/** The member state a world-atlas feature id stands for, or undefined (territories, non-members). */
export function iso3FromNumeric(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return NUMERIC_TO_ISO3.get(String(numeric).padStart(3, "0"));
}

export function numericFromIso3(iso3: string): string | undefined {
  return ISO3_TO_NUMERIC[iso3.toUpperCase()];
}
