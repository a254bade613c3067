000100*================================================================*BENSGN1
000200*  PROGRAM     BENSGN1                                           *BENSGN1
000300*  TITLE       BPS SIGN OFF                                      *BENSGN1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENSGN1
000500*                                                                *BENSGN1
000600*  XCTLED TO   FROM BENMNU1 (PF3).  SHOWS THE SIGN-OFF DATE AND  *BENSGN1
000700*              ENDS THE CONVERSATION.                            *BENSGN1
000800*  CALLS       DATEUTL  (DYNAMICALLY, NAME IN WS-DATE-ROUTINE)   *BENSGN1
000900*                                                                *BENSGN1
001000*  CHANGE HISTORY                                                *BENSGN1
001100*  14/04/09 RK          ORIGINAL                                 *BENSGN1
001200*                                                                *BENSGN1
001300*================================================================*BENSGN1
001400 IDENTIFICATION DIVISION.                                         BENSGN1
001500 PROGRAM-ID.    BENSGN1.                                          BENSGN1
001600 AUTHOR.        R KHAN.                                           BENSGN1
001700 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENSGN1
001800 DATE-WRITTEN.  APRIL 2009.                                       BENSGN1
001900 DATE-COMPILED.                                                   BENSGN1
002000 ENVIRONMENT DIVISION.                                            BENSGN1
002100 DATA DIVISION.                                                   BENSGN1
002200 WORKING-STORAGE SECTION.                                         BENSGN1
002300 01  WS-DATE-ROUTINE                 PIC X(8)  VALUE 'DATEUTL'.   BENSGN1
002400 01  WS-SIGN-OFF-TEXT.                                            BENSGN1
002500     05  FILLER                      PIC X(20) VALUE              BENSGN1
002600         'BPS SIGNED OFF ON '.                                    BENSGN1
002700     05  WS-SO-DATE                  PIC 9(8).                    BENSGN1
002800     COPY DATEPARM.                                               BENSGN1
002900/                                                                 BENSGN1
003000 PROCEDURE DIVISION.                                              BENSGN1
003100*                                                                 BENSGN1
003200 0000-MAIN.                                                       BENSGN1
003300     MOVE 5                   TO DU-FUNCTION                      BENSGN1
003400     MOVE FUNCTION CURRENT-DATE (1:8) TO DU-DATE-1                BENSGN1
003500     CALL WS-DATE-ROUTINE USING BY REFERENCE DU-PARMS             BENSGN1
003600     MOVE DU-DATE-1           TO WS-SO-DATE                       BENSGN1
003700     EXEC CICS SEND TEXT                                          BENSGN1
003800         FROM     (WS-SIGN-OFF-TEXT)                              BENSGN1
003900         LENGTH   (LENGTH OF WS-SIGN-OFF-TEXT)                    BENSGN1
004000         ERASE                                                    BENSGN1
004100     END-EXEC                                                     BENSGN1
004200     EXEC CICS RETURN                                             BENSGN1
004300     END-EXEC.                                                    BENSGN1
