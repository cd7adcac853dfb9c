-- Rate-limit counters are disposable: no write-ahead log for them (a crash empties the table,
-- which only resets the current minute's counts).
ALTER TABLE "limite_debit" SET UNLOGGED;
