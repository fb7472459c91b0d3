/**
 * Where to put a marker for each member state that has no shape at all in
 * world-atlas countries-110m (micro-states and small island states).
 * [longitude, latitude], the spherical centroid (d3.geoCentroid) of the
 * state's shape in world-atlas countries-50m, or countries-10m for Tuvalu,
 * which 50m also lacks; rounded to 0.01°. Committed rather than computed so
 * the build reads only the small 110m file; a unit test recomputes them.
 */
export const SMALL_STATE_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AND: [1.56, 42.54],
  ATG: [-61.79, 17.28],
  BHR: [50.54, 26.04],
  BRB: [-59.56, 13.18],
  COM: [43.68, -11.88],
  CPV: [-23.96, 15.96],
  DMA: [-61.36, 15.44],
  FSM: [153.3, 7.54],
  GRD: [-61.68, 12.12],
  KIR: [-167.92, 0.89],
  KNA: [-62.69, 17.26],
  LCA: [-60.97, 13.89],
  LIE: [9.54, 47.14],
  MCO: [7.41, 43.75],
  MDV: [73.46, 3.73],
  MHL: [170.33, 7.02],
  MLT: [14.41, 35.92],
  MUS: [57.57, -20.28],
  NRU: [166.93, -0.52],
  PLW: [134.41, 7.29],
  SGP: [103.82, 1.36],
  SMR: [12.46, 43.94],
  STP: [6.72, 0.44],
  SYC: [55.48, -4.66],
  TON: [-174.8, -20.42],
  TUV: [178.53, -7.77],
  VCT: [-61.2, 13.23],
  WSM: [-172.16, -13.75],
};
