000100*================================================================*DB2ERR
000200* DB2ERR     WORKING STORAGE FOR THE COMMON DB2 ERROR ROUTINE    *DB2ERR
000300*            (PROCEDURE MEMBER SQLERRP) - DSNTIAR MESSAGE AREA   *DB2ERR
000400* 14/05/01 RK  CREATED                                           *DB2ERR
000500*================================================================*DB2ERR
000600 01  DB2-ERROR-AREA.                                              DB2ERR
000700     05  DB2-ERR-PROGRAM             PIC X(8).                    DB2ERR
000800     05  DB2-ERR-PARAGRAPH           PIC X(30).                   DB2ERR
000900     05  DB2-ERR-SQLCODE             PIC -(9)9.                   DB2ERR
001000     05  DB2-ERR-MSG.                                             DB2ERR
001100         10  DB2-ERR-MSG-LEN         PIC S9(4) COMP VALUE +960.   DB2ERR
001200         10  DB2-ERR-MSG-TEXT        PIC X(120) OCCURS 8 TIMES    DB2ERR
001300                                     INDEXED BY DB2-ERR-IDX.      DB2ERR
001400     05  DB2-ERR-TEXT-LEN            PIC S9(9) COMP VALUE +120.   DB2ERR
