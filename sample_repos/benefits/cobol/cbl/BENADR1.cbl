000100*================================================================*BENADR1
000200*  PROGRAM     BENADR1                                           *BENADR1
000300*  TITLE       ADDRESS CHANGE - TRANSACTION BADR                 *BENADR1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENADR1
000500*                                                                *BENADR1
000600*  COMMAREA    BENCOMM (300 BYTES).  THE CALLER (BENMNU1 OR      *BENADR1
000700*              BENHLP1) PUTS ITS OWN NAME IN CA-CALLING-PROGRAM; *BENADR1
000800*              PF3 XCTLS BACK TO IT.                             *BENADR1
000900*  LINKS TO    BENVAL1  KEY VALIDATION (COMMAREA VALCOMM)        *BENADR1
001000*  FILES       CLMMAST  CLAIMANT MASTER (READ UPDATE / REWRITE), *BENADR1
001100*                       NAMED IN WS-MASTER-FILE                  *BENADR1
001200*  TD QUEUE    BAUD     ADDRESS CHANGE AUDIT TRAIL (WRITEQ TD)   *BENADR1
001300*                                                                *BENADR1
001400*  CHANGE HISTORY                                                *BENADR1
001500*  19/06/13 KT  CR3560  ORIGINAL                                 *BENADR1
001600*                                                                *BENADR1
001700*================================================================*BENADR1
001800 IDENTIFICATION DIVISION.                                         BENADR1
001900 PROGRAM-ID.    BENADR1.                                          BENADR1
002000 AUTHOR.        K TAYLOR.                                         BENADR1
002100 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENADR1
002200 DATE-WRITTEN.  JUNE 2013.                                        BENADR1
002300 DATE-COMPILED.                                                   BENADR1
002400 ENVIRONMENT DIVISION.                                            BENADR1
002500 DATA DIVISION.                                                   BENADR1
002600 WORKING-STORAGE SECTION.                                         BENADR1
002700 01  WS-CONSTANTS.                                                BENADR1
002800     05  WS-MASTER-FILE              PIC X(8)  VALUE 'CLMMAST'.   BENADR1
002900     05  WS-VALIDATOR                PIC X(8)  VALUE 'BENVAL1'.   BENADR1
003000     05  WS-AUDIT-QUEUE              PIC X(4)  VALUE 'BAUD'.      BENADR1
003100 01  WS-WORK.                                                     BENADR1
003200     05  WS-RESP                     PIC S9(8) COMP.              BENADR1
003300     05  WS-SCREEN-TEXT              PIC X(79).                   BENADR1
003400 01  WS-AUDIT-LINE.                                               BENADR1
003500     05  WS-AUD-TRANSID              PIC X(4).                    BENADR1
003600     05  WS-AUD-CLAIMANT             PIC 9(9).                    BENADR1
003700     05  WS-AUD-POSTCODE             PIC X(8).                    BENADR1
003800     COPY BENCOMM.                                                BENADR1
003900     COPY VALCOMM.                                                BENADR1
004000     COPY CLMMAST.                                                BENADR1
004100     COPY DFHAID.                                                 BENADR1
004200 LINKAGE SECTION.                                                 BENADR1
004300 01  DFHCOMMAREA                     PIC X(300).                  BENADR1
004400/                                                                 BENADR1
004500 PROCEDURE DIVISION.                                              BENADR1
004600*                                                                 BENADR1
004700 0000-MAIN.                                                       BENADR1
004800     IF EIBCALEN = ZERO                                           BENADR1
004900         INITIALIZE CA-BENEFITS-COMMAREA                          BENADR1
005000         MOVE 'BENMNU1' TO CA-CALLING-PROGRAM                     BENADR1
005100     ELSE                                                         BENADR1
005200         MOVE DFHCOMMAREA TO CA-BENEFITS-COMMAREA                 BENADR1
005300     END-IF                                                       BENADR1
005400     EVALUATE EIBAID                                              BENADR1
005500         WHEN DFHPF3                                              BENADR1
005600             PERFORM 3000-BACK-TO-CALLER                          BENADR1
005700         WHEN DFHPF5                                              BENADR1
005800             PERFORM 2000-SAVE-ADDRESS                            BENADR1
005900         WHEN OTHER                                               BENADR1
006000             PERFORM 1000-SHOW-ADDRESS                            BENADR1
006100     END-EVALUATE                                                 BENADR1
006200     EXEC CICS RETURN                                             BENADR1
006300         TRANSID  ('BADR')                                        BENADR1
006400         COMMAREA (CA-BENEFITS-COMMAREA)                          BENADR1
006500         LENGTH   (CA-LENGTH)                                     BENADR1
006600     END-EXEC.                                                    BENADR1
006700*----------------------------------------------------------------*BENADR1
006800* 1000  VALIDATE THE KEY AND SHOW THE ADDRESS ON FILE            *BENADR1
006900*----------------------------------------------------------------*BENADR1
007000 1000-SHOW-ADDRESS.                                               BENADR1
007100     SET VC-VALIDATE-ENQUIRY TO TRUE                              BENADR1
007200     MOVE CA-NINO            TO VC-NINO                           BENADR1
007300     EXEC CICS LINK                                               BENADR1
007400         PROGRAM  (WS-VALIDATOR)                                  BENADR1
007500         COMMAREA (VC-VALIDATION-COMMAREA)                        BENADR1
007600         LENGTH   (LENGTH OF VC-VALIDATION-COMMAREA)              BENADR1
007700     END-EXEC                                                     BENADR1
007800     EXEC CICS READ                                               BENADR1
007900         FILE     (WS-MASTER-FILE)                                BENADR1
008000         INTO     (CM-CLAIMANT-RECORD)                            BENADR1
008100         RIDFLD   (CA-CLAIMANT-ID)                                BENADR1
008200         RESP     (WS-RESP)                                       BENADR1
008300     END-EXEC                                                     BENADR1
008400     MOVE CM-ADDRESS          TO WS-SCREEN-TEXT                   BENADR1
008500     EXEC CICS SEND TEXT                                          BENADR1
008600         FROM     (WS-SCREEN-TEXT)                                BENADR1
008700         LENGTH   (79)                                            BENADR1
008800         ERASE                                                    BENADR1
008900     END-EXEC.                                                    BENADR1
009000*----------------------------------------------------------------*BENADR1
009100* 2000  PF5: STORE THE NEW ADDRESS KEYED ON THE ENQUIRY          *BENADR1
009200*----------------------------------------------------------------*BENADR1
009300 2000-SAVE-ADDRESS.                                               BENADR1
009400     EXEC CICS READ UPDATE                                        BENADR1
009500         FILE     (WS-MASTER-FILE)                                BENADR1
009600         INTO     (CM-CLAIMANT-RECORD)                            BENADR1
009700         RIDFLD   (CA-CLAIMANT-ID)                                BENADR1
009800         RESP     (WS-RESP)                                       BENADR1
009900     END-EXEC                                                     BENADR1
010000     MOVE CA-NEW-POSTCODE     TO AD-POSTCODE                      BENADR1
010100     EXEC CICS REWRITE                                            BENADR1
010200         FILE     (WS-MASTER-FILE)                                BENADR1
010300         FROM     (CM-CLAIMANT-RECORD)                            BENADR1
010400         RESP     (WS-RESP)                                       BENADR1
010500     END-EXEC                                                     BENADR1
010600     MOVE EIBTRNID            TO WS-AUD-TRANSID                   BENADR1
010700     MOVE CA-CLAIMANT-ID      TO WS-AUD-CLAIMANT                  BENADR1
010800     MOVE CA-NEW-POSTCODE     TO WS-AUD-POSTCODE                  BENADR1
010900     EXEC CICS WRITEQ TD                                          BENADR1
011000         QUEUE    (WS-AUDIT-QUEUE)                                BENADR1
011100         FROM     (WS-AUDIT-LINE)                                 BENADR1
011200         LENGTH   (LENGTH OF WS-AUDIT-LINE)                       BENADR1
011300     END-EXEC.                                                    BENADR1
011400*----------------------------------------------------------------*BENADR1
011500* 3000  PF3: BACK TO THE PROGRAM THAT SENT US HERE               *BENADR1
011600*----------------------------------------------------------------*BENADR1
011700 3000-BACK-TO-CALLER.                                             BENADR1
011800     EXEC CICS XCTL                                               BENADR1
011900         PROGRAM  (CA-CALLING-PROGRAM)                            BENADR1
012000         COMMAREA (CA-BENEFITS-COMMAREA)                          BENADR1
012100         LENGTH   (CA-LENGTH)                                     BENADR1
012200     END-EXEC.                                                    BENADR1
