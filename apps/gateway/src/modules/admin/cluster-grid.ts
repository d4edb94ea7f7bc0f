/** Grid cell of the dashboard's map clusters, in degrees (about 2.2 km at Pamekasan's latitude). */
export const CLUSTER_CELL_DEGREES = 0.02;
