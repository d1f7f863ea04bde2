/**
 * English words written as one that the run-together check would split ("within" → "with in"): the CRs are
 * the check's dictionary, and a word they use once is not a typo for being two of their frequent words.
 */
export const ENGLISH_COMPOUNDS: ReadonlySet<string> = new Set(
  `
  afterwards another anybody anyhow anyone anything anytime anyway anywhere background backward backwards
  became because become becomes beforehand bookmark breakdown broadcast cannot checkpoint checksum
  database deadline download downloads downstream elsewhere endpoint endpoints everybody everyone everything
  everywhere firmware foreground forever forward forwards furthermore handover handset handsets hardware
  hereafter hereby herein hereinafter heretofore herewith himself hostname however inbound indoor inside
  into itself keepalive lifetime lifetimes meantime meanwhile moreover myself nevertheless nobody nonetheless
  notwithstanding nowhere offline online onto otherwise ourselves outbound outdoor outside overall overflow
  overhead overload override overrides overview payload payloads playback roadmap runtime setup shutdown
  someone something sometime sometimes somewhat somewhere software startup takeover thereafter thereby
  therefore therein thereof thereto throughout timeout timeouts timestamp timestamps today together toward
  towards underway update updated updates upgrade upload uploads upon upstream uptime username whatever
  whenever whereas whereby wherein whereof wherever whichever whoever whomever widespread within without
  workaround workflow worldwide yourself
`
    .split(/\s+/)
    .filter(Boolean),
);
