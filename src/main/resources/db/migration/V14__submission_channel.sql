-- Which way a submission came (the page's form, a file upload, the API) and, for the API, which client system
-- sent it (its OAuth client id or X-Road member). Events from before this column came through forms and uploads
-- alike and are left as FORM: the upload's own record (upload.uploaded_by) still tells them apart.
alter table submission_event
    add column channel text not null default 'FORM' check (channel in ('FORM', 'UPLOAD', 'API')),
    add column client  text;
