-- An advisor can pause the automatic messages of one participant (a hospital stay, a request).
alter table participant add column messages_paused boolean default false not null;
