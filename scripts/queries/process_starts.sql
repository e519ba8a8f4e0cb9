-- Process starts with their command lines, from the kernel's Process/Start events.
SET TimeZone = 'UTC';
SELECT _timestamp AS time, ProcessId AS pid, ParentId AS parent, ImageFileName AS image, CommandLine AS command_line
FROM read_parquet('ds/typed/provider=MSNT_SystemTrace/event=Process%2FStart/*/*.parquet')
ORDER BY time;
