000100*================================================================*BENMNU1
000200*  PROGRAM     BENMNU1                                           *BENMNU1
000300*  TITLE       BPS MAIN MENU - TRANSACTION BMNU                  *BENMNU1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENMNU1
000500*                                                                *BENMNU1
000600*  COMMAREA    BENCOMM (300 BYTES)                               *BENMNU1
000700*  XCTL TO     THE PROGRAM OF THE OPTION KEYED (MENU TABLE):     *BENMNU1
000800*                1 BENONL1  PAYMENT ENQUIRY                      *BENMNU1
000900*                2 BENLST1  AWARD AND PAYMENT HISTORY LIST       *BENMNU1
001000*                3 BENADR1  ADDRESS CHANGE                       *BENMNU1
001100*                4 BENHLP1  HELP                                 *BENMNU1
001200*              BENSGN1 ON PF3 (SIGN OFF)                         *BENMNU1
001300*                                                                *BENMNU1
001400*  THE CLERK KEYS ONE DIGIT AND PRESSES ENTER.  THE OPTION       *BENMNU1
001500*  INDEXES WS-MENU-PROGRAM, A TABLE OVER THE LIST OF PROGRAM     *BENMNU1
001600*  NAMES BELOW.  TO ADD AN OPTION, ADD A FILLER AND RAISE THE    *BENMNU1
001700*  OCCURS AND THE 88 WS-OPTION-VALID.                            *BENMNU1
001800*                                                                *BENMNU1
001900*  CHANGE HISTORY                                                *BENMNU1
002000*  14/04/09 RK          ORIGINAL                                 *BENMNU1
002100*  02/11/11 MP  CR3391  OPTION 2 AWARD LIST (BENLST1)            *BENMNU1
002200*  19/06/13 KT  CR3560  OPTION 3 ADDRESS CHANGE (BENADR1)        *BENMNU1
002300*                                                                *BENMNU1
002400*================================================================*BENMNU1
002500 IDENTIFICATION DIVISION.                                         BENMNU1
002600 PROGRAM-ID.    BENMNU1.                                          BENMNU1
002700 AUTHOR.        R KHAN.                                           BENMNU1
002800 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENMNU1
002900 DATE-WRITTEN.  APRIL 2009.                                       BENMNU1
003000 DATE-COMPILED.                                                   BENMNU1
003100 ENVIRONMENT DIVISION.                                            BENMNU1
003200 DATA DIVISION.                                                   BENMNU1
003300 WORKING-STORAGE SECTION.                                         BENMNU1
003400 01  WS-CONSTANTS.                                                BENMNU1
003500     05  WS-THIS-PROGRAM             PIC X(8)  VALUE 'BENMNU1'.   BENMNU1
003600     05  WS-MENU-TEXT                PIC X(79) VALUE              BENMNU1
003700         '1 ENQUIRY 2 AWARDS 3 ADDRESS 4 HELP  PF3 SIGN OFF'.     BENMNU1
003800*    MENU OPTION N TRANSFERS TO THE N-TH PROGRAM OF THIS LIST     BENMNU1
003900 01  WS-MENU-PROGRAMS.                                            BENMNU1
004000     05  FILLER                      PIC X(8)  VALUE 'BENONL1'.   BENMNU1
004100     05  FILLER                      PIC X(8)  VALUE 'BENLST1'.   BENMNU1
004200     05  FILLER                      PIC X(8)  VALUE 'BENADR1'.   BENMNU1
004300     05  FILLER                      PIC X(8)  VALUE 'BENHLP1'.   BENMNU1
004400 01  WS-MENU-TABLE REDEFINES WS-MENU-PROGRAMS.                    BENMNU1
004500     05  WS-MENU-PROGRAM             PIC X(8)  OCCURS 4 TIMES.    BENMNU1
004600 01  WS-WORK.                                                     BENMNU1
004700     05  WS-RESP                     PIC S9(8) COMP.              BENMNU1
004800     05  WS-INPUT-LENGTH             PIC S9(4) COMP VALUE +1.     BENMNU1
004900     05  WS-TERMINAL-INPUT.                                       BENMNU1
005000         10  WS-OPTION-KEYED         PIC X.                       BENMNU1
005100     05  WS-OPTION                   PIC 9.                       BENMNU1
005200         88  WS-OPTION-VALID             VALUE 1 THRU 4.          BENMNU1
005300     05  WS-NEXT-PROGRAM             PIC X(8).                    BENMNU1
005400     05  WS-EXIT-PROGRAM             PIC X(8).                    BENMNU1
005500         88  WS-GO-SIGN-OFF              VALUE 'BENSGN1'.         BENMNU1
005600     COPY BENCOMM.                                                BENMNU1
005700     COPY DFHAID.                                                 BENMNU1
005800 LINKAGE SECTION.                                                 BENMNU1
005900 01  DFHCOMMAREA                     PIC X(300).                  BENMNU1
006000/                                                                 BENMNU1
006100 PROCEDURE DIVISION.                                              BENMNU1
006200*                                                                 BENMNU1
006300 0000-MAIN.                                                       BENMNU1
006400     IF EIBCALEN = ZERO                                           BENMNU1
006500         INITIALIZE CA-BENEFITS-COMMAREA                          BENMNU1
006600         PERFORM 3000-SEND-MENU                                   BENMNU1
006700     ELSE                                                         BENMNU1
006800         MOVE DFHCOMMAREA TO CA-BENEFITS-COMMAREA                 BENMNU1
006900         EVALUATE EIBAID                                          BENMNU1
007000             WHEN DFHPF3                                          BENMNU1
007100                 PERFORM 2000-SIGN-OFF                            BENMNU1
007200             WHEN DFHENTER                                        BENMNU1
007300                 PERFORM 1000-ROUTE-OPTION                        BENMNU1
007400             WHEN OTHER                                           BENMNU1
007500                 PERFORM 3000-SEND-MENU                           BENMNU1
007600         END-EVALUATE                                             BENMNU1
007700     END-IF                                                       BENMNU1
007800     EXEC CICS RETURN                                             BENMNU1
007900         TRANSID  ('BMNU')                                        BENMNU1
008000         COMMAREA (CA-BENEFITS-COMMAREA)                          BENMNU1
008100         LENGTH   (CA-LENGTH)                                     BENMNU1
008200     END-EXEC.                                                    BENMNU1
008300*----------------------------------------------------------------*BENMNU1
008400* 1000  TRANSFER TO THE PROGRAM OF THE OPTION KEYED              *BENMNU1
008500*----------------------------------------------------------------*BENMNU1
008600 1000-ROUTE-OPTION.                                               BENMNU1
008700     EXEC CICS RECEIVE                                            BENMNU1
008800         INTO     (WS-TERMINAL-INPUT)                             BENMNU1
008900         LENGTH   (WS-INPUT-LENGTH)                               BENMNU1
009000         RESP     (WS-RESP)                                       BENMNU1
009100     END-EXEC                                                     BENMNU1
009200     MOVE WS-OPTION-KEYED TO WS-OPTION                            BENMNU1
009300     IF NOT WS-OPTION-VALID                                       BENMNU1
009400         PERFORM 3000-SEND-MENU                                   BENMNU1
009500     ELSE                                                         BENMNU1
009600         MOVE WS-MENU-PROGRAM (WS-OPTION) TO WS-NEXT-PROGRAM      BENMNU1
009700         MOVE WS-THIS-PROGRAM  TO CA-CALLING-PROGRAM              BENMNU1
009800         EXEC CICS XCTL                                           BENMNU1
009900             PROGRAM  (WS-NEXT-PROGRAM)                           BENMNU1
010000             COMMAREA (CA-BENEFITS-COMMAREA)                      BENMNU1
010100             LENGTH   (CA-LENGTH)                                 BENMNU1
010200         END-EXEC                                                 BENMNU1
010300     END-IF.                                                      BENMNU1
010400*----------------------------------------------------------------*BENMNU1
010500* 2000  PF3: SIGN OFF                                            *BENMNU1
010600*----------------------------------------------------------------*BENMNU1
010700 2000-SIGN-OFF.                                                   BENMNU1
010800     SET WS-GO-SIGN-OFF TO TRUE                                   BENMNU1
010900     EXEC CICS XCTL                                               BENMNU1
011000         PROGRAM  (WS-EXIT-PROGRAM)                               BENMNU1
011100     END-EXEC.                                                    BENMNU1
011200*----------------------------------------------------------------*BENMNU1
011300* 3000  SHOW THE MENU                                            *BENMNU1
011400*----------------------------------------------------------------*BENMNU1
011500 3000-SEND-MENU.                                                  BENMNU1
011600     EXEC CICS SEND TEXT                                          BENMNU1
011700         FROM     (WS-MENU-TEXT)                                  BENMNU1
011800         LENGTH   (79)                                            BENMNU1
011900         ERASE                                                    BENMNU1
012000     END-EXEC.                                                    BENMNU1
