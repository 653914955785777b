-- The cube's fold (dash_cube_compact, V17) joins a cell's rows by six columns. Run while a bulk load was still
-- filling the cube, it was planned on the statistics of nearly empty tables: nested loops over what had grown to a
-- million claims' cells, ten minutes at full CPU beside the pages it should serve (./portal bench dashboards).
-- Hash joins do it in seconds whatever the estimates say.
alter function dash_cube_compact() set enable_nestloop = off;
