/** Chart colours: distinguishable without colour vision (shape and position carry the meaning too), ≥ 3:1 on white. */
export const CHART = {
  own: "#b91c1c",
  box: "#93c5fd",
  boxStroke: "#1d4ed8",
  median: "#1e3a8a",
  band: "#bfdbfe",
  line: "#1d4ed8",
  limit95: "#6b7280",
  limit998: "#374151",
  point: "#4b5563",
};
