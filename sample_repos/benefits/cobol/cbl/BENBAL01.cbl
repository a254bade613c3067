000100*================================================================*BENBAL01
000200*  PROGRAM     BENBAL01                                          *BENBAL01
000300*  TITLE       OUTSTANDING OVERPAYMENT BALANCE OF ONE CLAIM      *BENBAL01
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENBAL01
000500*  JOB         BENBALJ STEP010                                   *BENBAL01
000600*  INPUT       BALIN    BALANCE RECORD OF THE CLAIM (60 BYTES)   *BENBAL01
000700*  OUTPUT      BALOUT   BALANCE LINE FOR THE RECOVERY TEAM       *BENBAL01
000800*                                                                *BENBAL01
000900*  THE BALANCE RECORD ARRIVES WHOLE (READ INTO); ONLY THE        *BENBAL01
001000*  OUTSTANDING BALANCE IS WORKED OUT AGAIN: OPENING BALANCE LESS *BENBAL01
001100*  WHAT WAS RECOVERED AND THE WRITE-OFF ALLOWANCE.  THE WHOLE    *BENBAL01
001200*  RECORD THEN GOES OUT AS THE BALANCE LINE (GROUP MOVE).        *BENBAL01
001300*                                                                *BENBAL01
001400*  CHANGE HISTORY                                                *BENBAL01
001500*  14/03/11 RP  CR3310  ORIGINAL                                 *BENBAL01
001600*================================================================*BENBAL01
001700 IDENTIFICATION DIVISION.                                         BENBAL01
001800 PROGRAM-ID. BENBAL01.                                            BENBAL01
001900 ENVIRONMENT DIVISION.                                            BENBAL01
002000 INPUT-OUTPUT SECTION.                                            BENBAL01
002100 FILE-CONTROL.                                                    BENBAL01
002200     SELECT BAL-IN   ASSIGN TO BALIN.                             BENBAL01
002300     SELECT BAL-OUT  ASSIGN TO BALOUT.                            BENBAL01
002400 DATA DIVISION.                                                   BENBAL01
002500 FILE SECTION.                                                    BENBAL01
002600 FD  BAL-IN.                                                      BENBAL01
002700 01  BAL-IN-REC                  PIC X(60).                       BENBAL01
002800 FD  BAL-OUT.                                                     BENBAL01
002900 01  BAL-OUT-REC                 PIC X(60).                       BENBAL01
003000 WORKING-STORAGE SECTION.                                         BENBAL01
003100 01  WS-BALANCE-REC.                                              BENBAL01
003200     05  WS-CLAIM-ID             PIC X(10).                       BENBAL01
003300     05  WS-POSTCODE             PIC X(8).                        BENBAL01
003400     05  WS-GROUP-ID             PIC X(4).                        BENBAL01
003500     05  WS-OPENING-BAL          PIC S9(7)V99.                    BENBAL01
003600     05  WS-RECOVERED            PIC S9(7)V99.                    BENBAL01
003700     05  WS-OUTSTANDING-BAL      PIC S9(7)V99.                    BENBAL01
003800     05  FILLER                  PIC X(11).                       BENBAL01
003900 01  WS-WRITE-OFF                PIC S9(7)V99 VALUE ZERO.         BENBAL01
004000 01  WS-BALANCE-LINE.                                             BENBAL01
004100     05  BL-CLAIM-ID             PIC X(10).                       BENBAL01
004200     05  BL-POSTCODE             PIC X(8).                        BENBAL01
004300     05  BL-GROUP-ID             PIC X(4).                        BENBAL01
004400     05  BL-OPENING-BAL          PIC S9(7)V99.                    BENBAL01
004500     05  BL-RECOVERED            PIC S9(7)V99.                    BENBAL01
004600     05  BL-OUTSTANDING-BAL      PIC S9(7)V99.                    BENBAL01
004700     05  FILLER                  PIC X(11).                       BENBAL01
004800 PROCEDURE DIVISION.                                              BENBAL01
004900 0000-MAIN.                                                       BENBAL01
005000     OPEN INPUT BAL-IN                                            BENBAL01
005100          OUTPUT BAL-OUT                                          BENBAL01
005200     READ BAL-IN INTO WS-BALANCE-REC                              BENBAL01
005300     PERFORM 1000-RECALCULATE                                     BENBAL01
005400     MOVE WS-BALANCE-REC TO WS-BALANCE-LINE                       BENBAL01
005500     WRITE BAL-OUT-REC FROM WS-BALANCE-LINE                       BENBAL01
005600     CLOSE BAL-IN BAL-OUT                                         BENBAL01
005700     GOBACK.                                                      BENBAL01
005800                                                                  BENBAL01
005900 1000-RECALCULATE.                                                BENBAL01
006000     COMPUTE WS-OUTSTANDING-BAL =                                 BENBAL01
006100         WS-OPENING-BAL - WS-RECOVERED - WS-WRITE-OFF.            BENBAL01
