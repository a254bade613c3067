000100*================================================================*BENRTE1
000200*  PROGRAM     BENRTE1                                           *BENRTE1
000300*  TITLE       BPS TRANSACTION ROUTER - TRANSACTION BRTE         *BENRTE1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENRTE1
000500*                                                                *BENRTE1
000600*  FILES       RTECTL   ROUTING CONTROL (READ), KEYED BY THE     *BENRTE1
000700*                       TRANSACTION ID; THE RECORD NAMES THE     *BENRTE1
000800*                       PROGRAM TO RUN.  MAINTAINED BY OPERATIONS*BENRTE1
000900*  XCTL TO     THE PROGRAM IN THE ROUTING RECORD, OR THE MAIN    *BENRTE1
001000*              MENU BENMNU1 WHEN THERE IS NO RECORD              *BENRTE1
001100*                                                                *BENRTE1
001200*  CHANGE HISTORY                                                *BENRTE1
001300*  03/03/14 MP  CR3602  ORIGINAL                                 *BENRTE1
001400*                                                                *BENRTE1
001500*================================================================*BENRTE1
001600 IDENTIFICATION DIVISION.                                         BENRTE1
001700 PROGRAM-ID.    BENRTE1.                                          BENRTE1
001800 AUTHOR.        M PATEL.                                          BENRTE1
001900 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENRTE1
002000 DATE-WRITTEN.  MARCH 2014.                                       BENRTE1
002100 DATE-COMPILED.                                                   BENRTE1
002200 ENVIRONMENT DIVISION.                                            BENRTE1
002300 DATA DIVISION.                                                   BENRTE1
002400 WORKING-STORAGE SECTION.                                         BENRTE1
002500 01  WS-RESP                         PIC S9(8) COMP.              BENRTE1
002600 01  RT-ROUTE-RECORD.                                             BENRTE1
002700     05  RT-TRANSID                  PIC X(4).                    BENRTE1
002800     05  RT-TARGET-PROGRAM           PIC X(8).                    BENRTE1
002900     05  RT-DESCRIPTION              PIC X(30).                   BENRTE1
003000/                                                                 BENRTE1
003100 PROCEDURE DIVISION.                                              BENRTE1
003200*                                                                 BENRTE1
003300 0000-MAIN.                                                       BENRTE1
003400     EXEC CICS READ                                               BENRTE1
003500         FILE     ('RTECTL')                                      BENRTE1
003600         INTO     (RT-ROUTE-RECORD)                               BENRTE1
003700         RIDFLD   (EIBTRNID)                                      BENRTE1
003800         RESP     (WS-RESP)                                       BENRTE1
003900     END-EXEC                                                     BENRTE1
004000     IF WS-RESP NOT = DFHRESP(NORMAL)                             BENRTE1
004100         MOVE 'BENMNU1'       TO RT-TARGET-PROGRAM                BENRTE1
004200     END-IF                                                       BENRTE1
004300     EXEC CICS XCTL                                               BENRTE1
004400         PROGRAM  (RT-TARGET-PROGRAM)                             BENRTE1
004500     END-EXEC.                                                    BENRTE1
