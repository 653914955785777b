-- The portal's three database roles (docs/deployment.md, "Database roles"), made once when the volume is new.
create role tokvs login password 'tokvs';
create role tokvs_app login password 'tokvs_app';
create role tokvs_query nologin bypassrls;
grant tokvs_query to tokvs;
create database tokvs owner tokvs;
