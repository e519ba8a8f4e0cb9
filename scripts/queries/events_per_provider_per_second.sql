-- Events per provider per second, from the events table (times are UTC).
SET TimeZone = 'UTC';
SELECT coalesce(provider_name, provider_guid, 'kernel') AS provider,
       date_trunc('second', timestamp) AS second,
       count(*) AS events
FROM 'ds/events/*.parquet'
GROUP BY ALL
ORDER BY events DESC, second, provider;
