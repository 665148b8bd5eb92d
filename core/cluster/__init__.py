"""Scale-out: receivers put events on partitioned Redis Streams, `groupops worker` processes
consume them under partition leases, state and the outbox live in PostgreSQL."""
