-- The registry finds a publication by listener and serialised event (PostgreSQL uses a hash index instead).
create index if not exists event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
