-- TCP bytes sent and received per process, from Microsoft-Windows-Kernel-Network's typed tables.
SELECT PID AS pid,
       sum(size) FILTER (WHERE event LIKE 'TcpIp/Send%') AS tcp_sent,
       sum(size) FILTER (WHERE event LIKE 'TcpIp/Recv%') AS tcp_received,
       count(*) AS events
FROM read_parquet('ds/typed/provider=Microsoft-Windows-Kernel-Network/*/*/*.parquet',
                  hive_partitioning = true, union_by_name = true)
WHERE event LIKE 'TcpIp/%'
GROUP BY pid
ORDER BY tcp_received DESC;
