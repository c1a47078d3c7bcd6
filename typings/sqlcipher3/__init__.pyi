# sqlcipher3 ships no type information; its DB-API mirrors the standard library's sqlite3
# module (same Connection, Cursor and exception classes), so the checker reads it as that.
from sqlite3 import *  # noqa: F403
from sqlite3 import Connection as Connection
from sqlite3 import Cursor as Cursor
from sqlite3 import DatabaseError as DatabaseError
from sqlite3 import OperationalError as OperationalError
