000100*================================================================*SQLERRP
000200* SQLERRP    COMMON DB2 ERROR PARAGRAPH - PROCEDURE DIVISION     *SQLERRP
000300*                                                                *SQLERRP
000400*   COPY AFTER THE LAST PARAGRAPH OF THE MAIN LINE.  NEEDS SQLCA *SQLERRP
000500*   AND MEMBER DB2ERR.  REACHED BY  EXEC SQL WHENEVER SQLERROR   *SQLERRP
000600*   GO TO 9800-DB2-ERROR  OR BY PERFORM AFTER A CHECKED SQLCODE. *SQLERRP
000700*   ROLLS BACK THE UNIT OF WORK AND ENDS THE PROGRAM WITH RC 12. *SQLERRP
000800*                                                                *SQLERRP
000900* 14/05/01 RK  CREATED                                           *SQLERRP
001000* 21/07/08 MP  CR2995 ROLLBACK BEFORE RETURN                     *SQLERRP
001100*================================================================*SQLERRP
001200 9800-DB2-ERROR.                                                  SQLERRP
001300     MOVE SQLCODE TO DB2-ERR-SQLCODE                              SQLERRP
001400     DISPLAY DB2-ERR-PROGRAM ' DB2 ERROR IN ' DB2-ERR-PARAGRAPH   SQLERRP
001500     DISPLAY DB2-ERR-PROGRAM ' SQLCODE ' DB2-ERR-SQLCODE          SQLERRP
001600     CALL 'DSNTIAR' USING SQLCA DB2-ERR-MSG DB2-ERR-TEXT-LEN      SQLERRP
001700     PERFORM VARYING DB2-ERR-IDX FROM 1 BY 1                      SQLERRP
001800             UNTIL DB2-ERR-IDX > 8                                SQLERRP
001900         IF DB2-ERR-MSG-TEXT (DB2-ERR-IDX) NOT = SPACES           SQLERRP
002000             DISPLAY DB2-ERR-MSG-TEXT (DB2-ERR-IDX)               SQLERRP
002100         END-IF                                                   SQLERRP
002200     END-PERFORM                                                  SQLERRP
002300     EXEC SQL ROLLBACK END-EXEC                                   SQLERRP
002400     MOVE 12 TO RETURN-CODE                                       SQLERRP
002500     GOBACK.                                                      SQLERRP
