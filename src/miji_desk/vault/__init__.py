"""The encrypted store: SQLCipher connection, keys, migrations, repositories, audit chain. No Qt."""
