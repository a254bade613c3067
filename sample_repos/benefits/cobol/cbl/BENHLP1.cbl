000100*================================================================*BENHLP1
000200*  PROGRAM     BENHLP1                                           *BENHLP1
000300*  TITLE       BPS HELP SCREEN - TRANSACTION BHLP                *BENHLP1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENHLP1
000500*                                                                *BENHLP1
000600*  COMMAREA    BENCOMM (300 BYTES)                               *BENHLP1
000700*  XCTL TO     BENMNU1  MAIN MENU (PF3)                          *BENHLP1
000800*              BENADR1  ADDRESS CHANGE (PF5)                     *BENHLP1
000900*              BENONL1  PAYMENT ENQUIRY (PF7)                    *BENHLP1
001000*                                                                *BENHLP1
001100*  CHANGE HISTORY                                                *BENHLP1
001200*  14/04/09 RK          ORIGINAL                                 *BENHLP1
001300*  19/06/13 KT  CR3560  PF5 TO ADDRESS CHANGE                    *BENHLP1
001400*                                                                *BENHLP1
001500*================================================================*BENHLP1
001600 IDENTIFICATION DIVISION.                                         BENHLP1
001700 PROGRAM-ID.    BENHLP1.                                          BENHLP1
001800 AUTHOR.        R KHAN.                                           BENHLP1
001900 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENHLP1
002000 DATE-WRITTEN.  APRIL 2009.                                       BENHLP1
002100 DATE-COMPILED.                                                   BENHLP1
002200 ENVIRONMENT DIVISION.                                            BENHLP1
002300 DATA DIVISION.                                                   BENHLP1
002400 WORKING-STORAGE SECTION.                                         BENHLP1
002500 01  WS-HELP-TEXT                    PIC X(79) VALUE              BENHLP1
002600     'PF3 MENU   PF5 ADDRESS CHANGE   PF7 PAYMENT ENQUIRY'.       BENHLP1
002700 01  WS-WORK.                                                     BENHLP1
002800     05  WS-NEXT-PROGRAM             PIC X(8).                    BENHLP1
002900     COPY BENCOMM.                                                BENHLP1
003000     COPY DFHAID.                                                 BENHLP1
003100 LINKAGE SECTION.                                                 BENHLP1
003200 01  DFHCOMMAREA                     PIC X(300).                  BENHLP1
003300/                                                                 BENHLP1
003400 PROCEDURE DIVISION.                                              BENHLP1
003500*                                                                 BENHLP1
003600 0000-MAIN.                                                       BENHLP1
003700     IF EIBCALEN = ZERO                                           BENHLP1
003800         INITIALIZE CA-BENEFITS-COMMAREA                          BENHLP1
003900     ELSE                                                         BENHLP1
004000         MOVE DFHCOMMAREA TO CA-BENEFITS-COMMAREA                 BENHLP1
004100     END-IF                                                       BENHLP1
004200     EVALUATE EIBAID                                              BENHLP1
004300         WHEN DFHPF3                                              BENHLP1
004400             MOVE 'BENMNU1' TO WS-NEXT-PROGRAM                    BENHLP1
004500         WHEN DFHPF5                                              BENHLP1
004600             MOVE 'BENADR1' TO WS-NEXT-PROGRAM                    BENHLP1
004700         WHEN DFHPF7                                              BENHLP1
004800             MOVE 'BENONL1' TO WS-NEXT-PROGRAM                    BENHLP1
004900         WHEN OTHER                                               BENHLP1
005000             PERFORM 1000-SEND-HELP                               BENHLP1
005100     END-EVALUATE                                                 BENHLP1
005200     MOVE 'BENHLP1' TO CA-CALLING-PROGRAM                         BENHLP1
005300     EXEC CICS XCTL                                               BENHLP1
005400         PROGRAM  (WS-NEXT-PROGRAM)                               BENHLP1
005500         COMMAREA (CA-BENEFITS-COMMAREA)                          BENHLP1
005600         LENGTH   (CA-LENGTH)                                     BENHLP1
005700     END-EXEC.                                                    BENHLP1
005800*----------------------------------------------------------------*BENHLP1
005900* 1000  SHOW THE HELP TEXT AND WAIT FOR A KEY                    *BENHLP1
006000*----------------------------------------------------------------*BENHLP1
006100 1000-SEND-HELP.                                                  BENHLP1
006200     EXEC CICS SEND TEXT                                          BENHLP1
006300         FROM     (WS-HELP-TEXT)                                  BENHLP1
006400         LENGTH   (79)                                            BENHLP1
006500         ERASE                                                    BENHLP1
006600     END-EXEC                                                     BENHLP1
006700     EXEC CICS RETURN                                             BENHLP1
006800         TRANSID  ('BHLP')                                        BENHLP1
006900         COMMAREA (CA-BENEFITS-COMMAREA)                          BENHLP1
007000         LENGTH   (CA-LENGTH)                                     BENHLP1
007100     END-EXEC.                                                    BENHLP1
