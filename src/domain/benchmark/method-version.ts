/**
 * Version of the benchmark method (statistics and disclosure rules of this folder). Frozen report snapshots
 * carry it, so a figure cited by a label committee can be traced to the rules that produced it. Change it
 * whenever a rule or formula changes.
 */
export const METHOD_VERSION = "2026.1";
