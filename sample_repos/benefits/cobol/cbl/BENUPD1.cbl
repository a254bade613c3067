000100*================================================================*BENUPD1
000200*                                                                *BENUPD1
000300*  PROGRAM     BENUPD1                                           *BENUPD1
000400*  TITLE       UPDATE PAYMENT DETAILS / ADDRESS - TRANS PAY2     *BENUPD1
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENUPD1
000600*                                                                *BENUPD1
000700*  MAPSET      BENMS02 (MAP PAY2MAP)                             *BENUPD1
000800*  COMMAREA    BENCOMM - ONLY REACHED BY XCTL FROM BENONL1 (PF5) *BENUPD1
000900*  LINKS TO    BENVAL1  VALIDATION OF THE NEW DETAILS            *BENUPD1
001000*  XCTL TO     BENONL1  BACK TO THE ENQUIRY (PF3, AFTER UPDATE)  *BENUPD1
001100*  STARTS      PAYL     CONFIRMATION LETTER (CORRESPONDENCE      *BENUPD1
001200*                       SYSTEM - NOT PART OF THIS SUITE)         *BENUPD1
001300*  FILES       CLMMAST  READ UPDATE / REWRITE (PENDING FLAG)     *BENUPD1
001400*              CHGLOG   ESDS - CHANGE LOG FOR BENVSUP1 (WRITE)   *BENUPD1
001500*  DB2         CLAIMANT UPDATE (BANK DETAILS), ADDRESS UPDATE,   *BENUPD1
001600*              AUDIT_LOG INSERT                                  *BENUPD1
001700*                                                                *BENUPD1
001800*  BANK DETAILS ARE CHANGED IN DB2 AT ONCE SO THAT TONIGHT'S     *BENUPD1
001900*  PAYMENT RUN USES THEM.  THE CLAIMANT MASTER IS ONLY FLAGGED   *BENUPD1
002000*  (CHANGE PENDING); THE CHANGE ITSELF GOES TO THE CHGLOG ESDS   *BENUPD1
002100*  AND IS APPLIED OVERNIGHT BY BENVSUP1 (JOB BENMSTJ).           *BENUPD1
002200*                                                                *BENUPD1
002300*  CHANGE HISTORY                                                *BENUPD1
002400*  09/06/04 TW  CR1655  ORIGINAL                                 *BENUPD1
002500*  05/11/07 MP  CR2960  ADDRESS CHANGE, CHANGE LOG, PENDING FLAG *BENUPD1
002600*  16/02/09 AS  CR3077  CONFIRMATION STEP BEFORE UPDATE          *BENUPD1
002700*                                                                *BENUPD1
002800*================================================================*BENUPD1
002900 IDENTIFICATION DIVISION.                                         BENUPD1
003000 PROGRAM-ID.    BENUPD1.                                          BENUPD1
003100 AUTHOR.        T WALSH.                                          BENUPD1
003200 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENUPD1
003300 DATE-WRITTEN.  JUNE 2004.                                        BENUPD1
003400 DATE-COMPILED.                                                   BENUPD1
003500 ENVIRONMENT DIVISION.                                            BENUPD1
003600 DATA DIVISION.                                                   BENUPD1
003700 WORKING-STORAGE SECTION.                                         BENUPD1
003800 01  WS-WORK.                                                     BENUPD1
003900     05  WS-RESP                     PIC S9(8) COMP.              BENUPD1
004000     05  WS-ABSTIME                  PIC S9(15) COMP-3.           BENUPD1
004100     05  WS-DATE-OUT                 PIC X(10).                   BENUPD1
004200     05  WS-TIME-OUT                 PIC X(8).                    BENUPD1
004300     05  WS-TIMESTAMP                PIC X(26).                   BENUPD1
004400     05  WS-YYYYMMDD                 PIC X(8).                    BENUPD1
004500     05  WS-RBA                      PIC S9(8) COMP.              BENUPD1
004600     05  WS-SUB                      PIC S9(4) COMP.              BENUPD1
004700     05  WS-CHANGE-SW                PIC X.                       BENUPD1
004800         88  WS-PAYMENT-CHANGED          VALUE 'P' 'B'.           BENUPD1
004900         88  WS-ADDRESS-CHANGED          VALUE 'A' 'B'.           BENUPD1
005000         88  WS-NOTHING-CHANGED          VALUE 'N'.               BENUPD1
005100 01  WS-LETTER-REQUEST.                                           BENUPD1
005200     05  LR-LETTER-TYPE              PIC X(4)  VALUE 'CHG1'.      BENUPD1
005300     05  LR-CLAIMANT-ID              PIC 9(9).                    BENUPD1
005400     05  LR-CHANGE-TYPE              PIC X.                       BENUPD1
005500     05  LR-REQUESTED-BY             PIC X(8).                    BENUPD1
005600 01  WS-MESSAGES.                                                 BENUPD1
005700     05  WS-MSG-CONFIRM              PIC X(79) VALUE              BENUPD1
005800         'CHECK THE NEW DETAILS - KEY Y AND PRESS ENTER TO SAVE'. BENUPD1
005900     05  WS-MSG-NO-CHANGE            PIC X(79) VALUE              BENUPD1
006000         'NO CHANGES KEYED - PF3 RETURNS TO THE ENQUIRY'.         BENUPD1
006100     05  WS-MSG-CANCELLED            PIC X(79) VALUE              BENUPD1
006200         'CHANGES CANCELLED - NOTHING HAS BEEN SAVED'.            BENUPD1
006300     05  WS-MSG-SAVED                PIC X(79) VALUE              BENUPD1
006400         'CHANGE SAVED - THE MASTER FILE IS UPDATED OVERNIGHT'.   BENUPD1
006500     05  WS-MSG-LOCKED               PIC X(79) VALUE              BENUPD1
006600         'CLAIMANT RECORD IS IN USE - TRY AGAIN LATER'.           BENUPD1
006700     COPY BENMS02.                                                BENUPD1
006800     COPY BENCOMM.                                                BENUPD1
006900     COPY VALCOMM.                                                BENUPD1
007000     COPY CLMMAST.                                                BENUPD1
007100     COPY CLMTRAN.                                                BENUPD1
007200     COPY DFHAID.                                                 BENUPD1
007300     COPY DFHBMSCA.                                               BENUPD1
007400     EXEC SQL INCLUDE SQLCA    END-EXEC.                          BENUPD1
007500     EXEC SQL INCLUDE DCLCLMNT END-EXEC.                          BENUPD1
007600     EXEC SQL INCLUDE DCLADDR  END-EXEC.                          BENUPD1
007700     EXEC SQL INCLUDE DCLAUDIT END-EXEC.                          BENUPD1
007800 01  WS-AUDIT-DETAIL                 PIC X(100).                  BENUPD1
007900 LINKAGE SECTION.                                                 BENUPD1
008000 01  DFHCOMMAREA                     PIC X(300).                  BENUPD1
008100/                                                                 BENUPD1
008200 PROCEDURE DIVISION.                                              BENUPD1
008300*                                                                 BENUPD1
008400 0000-MAIN.                                                       BENUPD1
008500     EXEC CICS HANDLE CONDITION                                   BENUPD1
008600         MAPFAIL (8100-MAPFAIL)                                   BENUPD1
008700         ERROR   (8900-CICS-ERROR)                                BENUPD1
008800     END-EXEC                                                     BENUPD1
008900     EXEC SQL WHENEVER SQLERROR GO TO 8800-SQL-ERROR END-EXEC     BENUPD1
009000     IF EIBCALEN = ZERO                                           BENUPD1
009100         EXEC CICS SEND TEXT                                      BENUPD1
009200             FROM   ('START FROM THE PAY1 ENQUIRY')               BENUPD1
009300             LENGTH (27)                                          BENUPD1
009400             ERASE                                                BENUPD1
009500         END-EXEC                                                 BENUPD1
009600         EXEC CICS RETURN END-EXEC                                BENUPD1
009700     END-IF                                                       BENUPD1
009800     MOVE DFHCOMMAREA TO CA-BENEFITS-COMMAREA                     BENUPD1
009900     PERFORM 1000-GET-DATE-TIME                                   BENUPD1
010000     IF CA-CALLING-PROGRAM = 'BENONL1'                            BENUPD1
010100         MOVE 'BENUPD1' TO CA-CALLING-PROGRAM                     BENUPD1
010200         PERFORM 1100-FIRST-DISPLAY                               BENUPD1
010300     ELSE                                                         BENUPD1
010400         EVALUATE EIBAID ALSO TRUE                                BENUPD1
010500             WHEN DFHENTER ALSO CA-UPDATE-CONFIRM                 BENUPD1
010600                 PERFORM 3000-CONFIRM-AND-SAVE                    BENUPD1
010700             WHEN DFHENTER ALSO ANY                               BENUPD1
010800                 PERFORM 2000-VALIDATE-CHANGES                    BENUPD1
010900             WHEN DFHPF3   ALSO ANY                               BENUPD1
011000                 PERFORM 5000-BACK-TO-ENQUIRY                     BENUPD1
011100             WHEN DFHPF12  ALSO ANY                               BENUPD1
011200                 SET CA-UPDATE-ENTRY TO TRUE                      BENUPD1
011300                 MOVE LOW-VALUES TO PAY2MAPO                      BENUPD1
011400                 MOVE WS-MSG-CANCELLED TO MSGO                    BENUPD1
011500                 PERFORM 6100-SEND-DATAONLY                       BENUPD1
011600             WHEN OTHER                                           BENUPD1
011700                 MOVE LOW-VALUES TO PAY2MAPO                      BENUPD1
011800                 MOVE 'THAT KEY IS NOT ACTIVE ON THIS SCREEN'     BENUPD1
011900                   TO MSGO                                        BENUPD1
012000                 PERFORM 6100-SEND-DATAONLY                       BENUPD1
012100         END-EVALUATE                                             BENUPD1
012200     END-IF                                                       BENUPD1
012300     EXEC CICS RETURN                                             BENUPD1
012400         TRANSID  ('PAY2')                                        BENUPD1
012500         COMMAREA (CA-BENEFITS-COMMAREA)                          BENUPD1
012600         LENGTH   (CA-LENGTH)                                     BENUPD1
012700     END-EXEC.                                                    BENUPD1
012800*                                                                 BENUPD1
012900 1000-GET-DATE-TIME.                                              BENUPD1
013000     EXEC CICS ASKTIME ABSTIME (WS-ABSTIME) END-EXEC              BENUPD1
013100     EXEC CICS FORMATTIME                                         BENUPD1
013200         ABSTIME  (WS-ABSTIME)                                    BENUPD1
013300         DDMMYYYY (WS-DATE-OUT)                                   BENUPD1
013400         DATESEP  ('/')                                           BENUPD1
013500         YYYYMMDD (WS-YYYYMMDD)                                   BENUPD1
013600         TIME     (WS-TIME-OUT)                                   BENUPD1
013700         TIMESEP  (':')                                           BENUPD1
013800     END-EXEC.                                                    BENUPD1
013900*                                                                 BENUPD1
014000 1100-FIRST-DISPLAY.                                              BENUPD1
014100     MOVE CA-CLAIMANT-ID TO CM-CLAIMANT-ID                        BENUPD1
014200     EXEC CICS READ                                               BENUPD1
014300         FILE   ('CLMMAST')                                       BENUPD1
014400         INTO   (CM-CLAIMANT-RECORD)                              BENUPD1
014500         RIDFLD (CM-CLAIMANT-ID)                                  BENUPD1
014600         RESP   (WS-RESP)                                         BENUPD1
014700     END-EXEC                                                     BENUPD1
014800     IF WS-RESP NOT = DFHRESP(NORMAL)                             BENUPD1
014900         MOVE 'CLAIMANT NOT ON THE MASTER FILE' TO CA-MESSAGE     BENUPD1
015000         PERFORM 5000-BACK-TO-ENQUIRY                             BENUPD1
015100     END-IF                                                       BENUPD1
015200     MOVE LOW-VALUES TO PAY2MAPO                                  BENUPD1
015300     PERFORM 6200-SHOW-CURRENT                                    BENUPD1
015400     IF CM-DECEASED                                               BENUPD1
015500         MOVE 'CLAIMANT IS RECORDED AS DECEASED - NO CHANGES'     BENUPD1
015600           TO MSGO                                                BENUPD1
015700         MOVE DFHBMPRO TO NEWMTHA NEWSORTA NEWACCTA               BENUPD1
015800     ELSE                                                         BENUPD1
015900         IF CM-CHANGE-PENDING                                     BENUPD1
016000             MOVE 'A CHANGE IS ALREADY WAITING FOR OVERNIGHT'     BENUPD1
016100               TO MSGO                                            BENUPD1
016200         ELSE                                                     BENUPD1
016300             MOVE 'KEY THE NEW DETAILS AND PRESS ENTER' TO MSGO   BENUPD1
016400         END-IF                                                   BENUPD1
016500     END-IF                                                       BENUPD1
016600     SET CA-UPDATE-ENTRY TO TRUE                                  BENUPD1
016700     EXEC CICS SEND                                               BENUPD1
016800         MAP    ('PAY2MAP')                                       BENUPD1
016900         MAPSET ('BENMS02')                                       BENUPD1
017000         FROM   (PAY2MAPO)                                        BENUPD1
017100         ERASE                                                    BENUPD1
017200     END-EXEC.                                                    BENUPD1
017300*                                                                 BENUPD1
017400*----------------------------------------------------------------*BENUPD1
017500* 2000  VALIDATE WHAT WAS KEYED (BENVAL1) AND ASK FOR CONFIRM    *BENUPD1
017600*----------------------------------------------------------------*BENUPD1
017700 2000-VALIDATE-CHANGES.                                           BENUPD1
017800     EXEC CICS RECEIVE                                            BENUPD1
017900         MAP    ('PAY2MAP')                                       BENUPD1
018000         MAPSET ('BENMS02')                                       BENUPD1
018100         INTO   (PAY2MAPI)                                        BENUPD1
018200     END-EXEC                                                     BENUPD1
018300     MOVE 'N' TO WS-CHANGE-SW                                     BENUPD1
018400     INITIALIZE CA-NEW-DETAILS                                    BENUPD1
018500     IF NEWMTHL > ZERO                                            BENUPD1
018600         MOVE 'P' TO WS-CHANGE-SW                                 BENUPD1
018700         MOVE NEWMTHI  TO CA-NEW-METHOD                           BENUPD1
018800         MOVE NEWSORTI TO CA-NEW-SORT-CODE                        BENUPD1
018900         MOVE NEWACCTI TO CA-NEW-ACCOUNT                          BENUPD1
019000     END-IF                                                       BENUPD1
019100     IF NADDR1L > ZERO OR NPCODEL > ZERO                          BENUPD1
019200         IF WS-PAYMENT-CHANGED                                    BENUPD1
019300             MOVE 'B' TO WS-CHANGE-SW                             BENUPD1
019400         ELSE                                                     BENUPD1
019500             MOVE 'A' TO WS-CHANGE-SW                             BENUPD1
019600         END-IF                                                   BENUPD1
019700         MOVE NADDR1I TO CA-NEW-ADDR-LINE (1)                     BENUPD1
019800         MOVE NADDR2I TO CA-NEW-ADDR-LINE (2)                     BENUPD1
019900         MOVE NADDR3I TO CA-NEW-ADDR-LINE (3)                     BENUPD1
020000         MOVE NPCODEI TO CA-NEW-POSTCODE                          BENUPD1
020100     END-IF                                                       BENUPD1
020200     MOVE LOW-VALUES TO PAY2MAPO                                  BENUPD1
020300     IF WS-NOTHING-CHANGED                                        BENUPD1
020400         MOVE WS-MSG-NO-CHANGE TO MSGO                            BENUPD1
020500         MOVE -1 TO NEWMTHL                                       BENUPD1
020600         PERFORM 6100-SEND-DATAONLY                               BENUPD1
020700     ELSE                                                         BENUPD1
020800         INITIALIZE VC-VALIDATION-COMMAREA                        BENUPD1
020900         SET VC-VALIDATE-UPDATE TO TRUE                           BENUPD1
021000         MOVE CA-NINO          TO VC-NINO                         BENUPD1
021100         MOVE CA-NEW-METHOD    TO VC-PAYMENT-METHOD               BENUPD1
021200         MOVE CA-NEW-SORT-CODE TO VC-SORT-CODE                    BENUPD1
021300         MOVE CA-NEW-ACCOUNT   TO VC-ACCOUNT-NUMBER               BENUPD1
021400         MOVE CA-NEW-POSTCODE  TO VC-POSTCODE                     BENUPD1
021500         IF NOT WS-PAYMENT-CHANGED                                BENUPD1
021600             MOVE 'X' TO VC-PAYMENT-METHOD                        BENUPD1
021700         END-IF                                                   BENUPD1
021800         EXEC CICS LINK                                           BENUPD1
021900             PROGRAM  ('BENVAL1')                                 BENUPD1
022000             COMMAREA (VC-VALIDATION-COMMAREA)                    BENUPD1
022100             LENGTH   (LENGTH OF VC-VALIDATION-COMMAREA)          BENUPD1
022200         END-EXEC                                                 BENUPD1
022300         IF VC-INVALID                                            BENUPD1
022400             MOVE VC-ERROR-MESSAGE TO MSGO                        BENUPD1
022500             EVALUATE VC-ERROR-FIELD                              BENUPD1
022600                 WHEN 'METHOD'   MOVE -1 TO NEWMTHL               BENUPD1
022700                 WHEN 'SORTCODE' MOVE -1 TO NEWSORTL              BENUPD1
022800                 WHEN 'ACCOUNT'  MOVE -1 TO NEWACCTL              BENUPD1
022900                 WHEN 'POSTCODE' MOVE -1 TO NPCODEL               BENUPD1
023000                 WHEN OTHER      MOVE -1 TO NEWMTHL               BENUPD1
023100             END-EVALUATE                                         BENUPD1
023200             PERFORM 6100-SEND-DATAONLY                           BENUPD1
023300         ELSE                                                     BENUPD1
023400             SET CA-UPDATE-CONFIRM TO TRUE                        BENUPD1
023500             MOVE WS-MSG-CONFIRM TO MSGO                          BENUPD1
023600             MOVE -1 TO CONFIRML                                  BENUPD1
023700             PERFORM 6100-SEND-DATAONLY                           BENUPD1
023800         END-IF                                                   BENUPD1
023900     END-IF.                                                      BENUPD1
024000*                                                                 BENUPD1
024100*----------------------------------------------------------------*BENUPD1
024200* 3000  CONFIRMED - DB2 NOW, MASTER FLAGGED, CHANGE LOGGED       *BENUPD1
024300*----------------------------------------------------------------*BENUPD1
024400 3000-CONFIRM-AND-SAVE.                                           BENUPD1
024500     EXEC CICS RECEIVE                                            BENUPD1
024600         MAP    ('PAY2MAP')                                       BENUPD1
024700         MAPSET ('BENMS02')                                       BENUPD1
024800         INTO   (PAY2MAPI)                                        BENUPD1
024900     END-EXEC                                                     BENUPD1
025000     IF CONFIRMI NOT = 'Y'                                        BENUPD1
025100         SET CA-UPDATE-ENTRY TO TRUE                              BENUPD1
025200         MOVE LOW-VALUES TO PAY2MAPO                              BENUPD1
025300         MOVE WS-MSG-CANCELLED TO MSGO                            BENUPD1
025400         PERFORM 6100-SEND-DATAONLY                               BENUPD1
025500     ELSE                                                         BENUPD1
025600         MOVE CA-CLAIMANT-ID TO CM-CLAIMANT-ID                    BENUPD1
025700         EXEC CICS READ                                           BENUPD1
025800             FILE   ('CLMMAST')                                   BENUPD1
025900             INTO   (CM-CLAIMANT-RECORD)                          BENUPD1
026000             RIDFLD (CM-CLAIMANT-ID)                              BENUPD1
026100             UPDATE                                               BENUPD1
026200             RESP   (WS-RESP)                                     BENUPD1
026300         END-EXEC                                                 BENUPD1
026400         IF WS-RESP NOT = DFHRESP(NORMAL)                         BENUPD1
026500             MOVE LOW-VALUES TO PAY2MAPO                          BENUPD1
026600             MOVE WS-MSG-LOCKED TO MSGO                           BENUPD1
026700             PERFORM 6100-SEND-DATAONLY                           BENUPD1
026800         ELSE                                                     BENUPD1
026900             PERFORM 3100-SAVE-CHANGES                            BENUPD1
027000             EXEC CICS SYNCPOINT END-EXEC                         BENUPD1
027100             PERFORM 3400-REQUEST-LETTER                          BENUPD1
027200             MOVE WS-MSG-SAVED TO CA-MESSAGE                      BENUPD1
027300             PERFORM 5000-BACK-TO-ENQUIRY                         BENUPD1
027400         END-IF                                                   BENUPD1
027500     END-IF.                                                      BENUPD1
027600*                                                                 BENUPD1
027700 3100-SAVE-CHANGES.                                               BENUPD1
027800     STRING WS-YYYYMMDD '-' WS-TIME-OUT                           BENUPD1
027900            DELIMITED BY SIZE INTO WS-TIMESTAMP                   BENUPD1
028000     IF CA-NEW-METHOD NOT = SPACES AND LOW-VALUES                 BENUPD1
028100         PERFORM 3200-UPDATE-BANK-DETAILS                         BENUPD1
028200         MOVE 'P' TO CT-TRAN-CODE                                 BENUPD1
028300         PERFORM 3300-LOG-CHANGE                                  BENUPD1
028400     END-IF                                                       BENUPD1
028500     IF CA-NEW-ADDR-LINE (1) NOT = SPACES AND LOW-VALUES          BENUPD1
028600         PERFORM 3250-UPDATE-ADDRESS                              BENUPD1
028700         MOVE 'C' TO CT-TRAN-CODE                                 BENUPD1
028800         PERFORM 3300-LOG-CHANGE                                  BENUPD1
028900     END-IF                                                       BENUPD1
029000     SET CM-CHANGE-PENDING TO TRUE                                BENUPD1
029100     MOVE CA-USER-ID TO CM-LAST-CHANGE-USER                       BENUPD1
029200     EXEC CICS REWRITE                                            BENUPD1
029300         FILE ('CLMMAST')                                         BENUPD1
029400         FROM (CM-CLAIMANT-RECORD)                                BENUPD1
029500     END-EXEC.                                                    BENUPD1
029600*                                                                 BENUPD1
029700 3200-UPDATE-BANK-DETAILS.                                        BENUPD1
029800     MOVE CA-CLAIMANT-ID   TO CLT-CLAIMANT-ID                     BENUPD1
029900     MOVE CA-NEW-METHOD    TO CLT-PAYMENT-METHOD                  BENUPD1
030000     MOVE CA-NEW-SORT-CODE TO CLT-SORT-CODE                       BENUPD1
030100     MOVE CA-NEW-ACCOUNT   TO CLT-ACCOUNT-NUMBER                  BENUPD1
030200     EXEC SQL                                                     BENUPD1
030300         UPDATE CLAIMANT                                          BENUPD1
030400            SET PAYMENT_METHOD = :CLT-PAYMENT-METHOD,             BENUPD1
030500                SORT_CODE      = :CLT-SORT-CODE,                  BENUPD1
030600                ACCOUNT_NUMBER = :CLT-ACCOUNT-NUMBER              BENUPD1
030700          WHERE CLAIMANT_ID = :CLT-CLAIMANT-ID                    BENUPD1
030800     END-EXEC                                                     BENUPD1
030900     MOVE 'BANK DETAILS CHANGED ONLINE' TO WS-AUDIT-DETAIL        BENUPD1
031000     PERFORM 3500-AUDIT.                                          BENUPD1
031100*                                                                 BENUPD1
031200 3250-UPDATE-ADDRESS.                                             BENUPD1
031300     MOVE CA-CLAIMANT-ID TO CLT-CLAIMANT-ID                       BENUPD1
031400     MOVE 40 TO ADR-LINE-1-LEN ADR-LINE-2-LEN ADR-LINE-3-LEN      BENUPD1
031500     MOVE CA-NEW-ADDR-LINE (1) TO ADR-LINE-1-TEXT                 BENUPD1
031600     MOVE CA-NEW-ADDR-LINE (2) TO ADR-LINE-2-TEXT                 BENUPD1
031700     MOVE CA-NEW-ADDR-LINE (3) TO ADR-LINE-3-TEXT                 BENUPD1
031800     MOVE 8 TO ADR-POSTCODE-LEN                                   BENUPD1
031900     MOVE CA-NEW-POSTCODE TO ADR-POSTCODE-TEXT                    BENUPD1
032000     EXEC SQL                                                     BENUPD1
032100         UPDATE ADDRESS                                           BENUPD1
032200            SET LINE_1   = :ADR-LINE-1,                           BENUPD1
032300                LINE_2   = :ADR-LINE-2,                           BENUPD1
032400                LINE_3   = :ADR-LINE-3,                           BENUPD1
032500                POSTCODE = :ADR-POSTCODE                          BENUPD1
032600          WHERE ADDRESS_ID =                                      BENUPD1
032700                (SELECT ADDRESS_ID FROM CLAIMANT                  BENUPD1
032800                  WHERE CLAIMANT_ID = :CLT-CLAIMANT-ID)           BENUPD1
032900     END-EXEC                                                     BENUPD1
033000     MOVE 'ADDRESS CHANGED ONLINE' TO WS-AUDIT-DETAIL             BENUPD1
033100     PERFORM 3500-AUDIT.                                          BENUPD1
033200*                                                                 BENUPD1
033300*    CR2960 - ONE CLMTRAN RECORD PER CHANGE ON THE CHGLOG ESDS    BENUPD1
033400 3300-LOG-CHANGE.                                                 BENUPD1
033500     MOVE SPACES               TO CT-NAME-PART CT-ADDRESS-PART    BENUPD1
033600                                  CT-PAYMENT-PART                 BENUPD1
033700     MOVE CA-CLAIMANT-ID       TO CT-CLAIMANT-ID                  BENUPD1
033800     MOVE WS-TIMESTAMP         TO CT-TIMESTAMP                    BENUPD1
033900     MOVE CA-USER-ID           TO CT-USER-ID                      BENUPD1
034000     MOVE EIBTRMID             TO CT-TERMINAL-ID                  BENUPD1
034100     MOVE CA-NINO              TO CT-NINO                         BENUPD1
034200     MOVE ZERO                 TO CT-DATE-OF-BIRTH                BENUPD1
034300                                  CT-DATE-OF-DEATH                BENUPD1
034400     IF CT-CHANGE-PAYMENT                                         BENUPD1
034500         MOVE CA-NEW-METHOD    TO CT-PAYMENT-METHOD               BENUPD1
034600         MOVE CA-NEW-SORT-CODE TO CT-SORT-CODE                    BENUPD1
034700         MOVE CA-NEW-ACCOUNT   TO CT-ACCOUNT-NUMBER               BENUPD1
034800     ELSE                                                         BENUPD1
034900         PERFORM VARYING WS-SUB FROM 1 BY 1 UNTIL WS-SUB > 3      BENUPD1
035000             MOVE CA-NEW-ADDR-LINE (WS-SUB)                       BENUPD1
035100               TO CT-ADDR-LINE (WS-SUB)                           BENUPD1
035200         END-PERFORM                                              BENUPD1
035300         MOVE AD-TOWN          TO CT-TOWN                         BENUPD1
035400         MOVE AD-COUNTY        TO CT-COUNTY                       BENUPD1
035500         MOVE CA-NEW-POSTCODE  TO CT-POSTCODE                     BENUPD1
035600         MOVE AD-COUNTRY-CODE  TO CT-COUNTRY-CODE                 BENUPD1
035700     END-IF                                                       BENUPD1
035800     EXEC CICS WRITE                                              BENUPD1
035900         DATASET ('CHGLOG')                                       BENUPD1
036000         FROM    (CT-CHANGE-RECORD)                               BENUPD1
036100         LENGTH  (LENGTH OF CT-CHANGE-RECORD)                     BENUPD1
036200         RIDFLD  (WS-RBA)                                         BENUPD1
036300         RBA                                                      BENUPD1
036400     END-EXEC.                                                    BENUPD1
036500*                                                                 BENUPD1
036600 3400-REQUEST-LETTER.                                             BENUPD1
036700     MOVE CA-CLAIMANT-ID TO LR-CLAIMANT-ID                        BENUPD1
036800     MOVE CT-TRAN-CODE   TO LR-CHANGE-TYPE                        BENUPD1
036900     MOVE CA-USER-ID     TO LR-REQUESTED-BY                       BENUPD1
037000     EXEC CICS START                                              BENUPD1
037100         TRANSID  ('PAYL')                                        BENUPD1
037200         FROM     (WS-LETTER-REQUEST)                             BENUPD1
037300         LENGTH   (LENGTH OF WS-LETTER-REQUEST)                   BENUPD1
037400         INTERVAL (0)                                             BENUPD1
037500         RESP     (WS-RESP)                                       BENUPD1
037600     END-EXEC.                                                    BENUPD1
037700*                                                                 BENUPD1
037800 3500-AUDIT.                                                      BENUPD1
037900     MOVE CA-USER-ID        TO AUD-USER-ID-TEXT                   BENUPD1
038000     MOVE 8                 TO AUD-USER-ID-LEN                    BENUPD1
038100     MOVE 'UPDATE'          TO AUD-ACTION-TEXT                    BENUPD1
038200     MOVE 6                 TO AUD-ACTION-LEN                     BENUPD1
038300     MOVE 'CLAIMANT'        TO AUD-ENTITY-TYPE-TEXT               BENUPD1
038400     MOVE 8                 TO AUD-ENTITY-TYPE-LEN                BENUPD1
038500     MOVE CA-CLAIMANT-ID    TO AUD-ENTITY-ID                      BENUPD1
038600     MOVE WS-AUDIT-DETAIL   TO AUD-DETAIL-TEXT                    BENUPD1
038700     MOVE 100               TO AUD-DETAIL-LEN                     BENUPD1
038800     EXEC SQL                                                     BENUPD1
038900         INSERT INTO AUDIT_LOG                                    BENUPD1
039000                (AUDIT_ID, USER_ID, ACTION, ENTITY_TYPE,          BENUPD1
039100                 ENTITY_ID, DETAIL, CREATED_TS)                   BENUPD1
039200         VALUES (NEXT VALUE FOR AUDIT_SEQ, :AUD-USER-ID,          BENUPD1
039300                 :AUD-ACTION, :AUD-ENTITY-TYPE, :AUD-ENTITY-ID,   BENUPD1
039400                 :AUD-DETAIL, CURRENT TIMESTAMP)                  BENUPD1
039500     END-EXEC.                                                    BENUPD1
039600*                                                                 BENUPD1
039700 5000-BACK-TO-ENQUIRY.                                            BENUPD1
039800     MOVE 'BENUPD1' TO CA-CALLING-PROGRAM                         BENUPD1
039900     EXEC CICS XCTL                                               BENUPD1
040000         PROGRAM  ('BENONL1')                                     BENUPD1
040100         COMMAREA (CA-BENEFITS-COMMAREA)                          BENUPD1
040200         LENGTH   (CA-LENGTH)                                     BENUPD1
040300     END-EXEC.                                                    BENUPD1
040400*                                                                 BENUPD1
040500 6100-SEND-DATAONLY.                                              BENUPD1
040600     MOVE WS-DATE-OUT TO DATEO                                    BENUPD1
040700     MOVE WS-TIME-OUT TO TIMEO                                    BENUPD1
040800     EXEC CICS SEND                                               BENUPD1
040900         MAP    ('PAY2MAP')                                       BENUPD1
041000         MAPSET ('BENMS02')                                       BENUPD1
041100         FROM   (PAY2MAPO)                                        BENUPD1
041200         DATAONLY                                                 BENUPD1
041300         CURSOR                                                   BENUPD1
041400     END-EXEC.                                                    BENUPD1
041500*                                                                 BENUPD1
041600 6200-SHOW-CURRENT.                                               BENUPD1
041700     MOVE WS-DATE-OUT    TO DATEO                                 BENUPD1
041800     MOVE WS-TIME-OUT    TO TIMEO                                 BENUPD1
041900     MOVE CM-NINO        TO NINOO                                 BENUPD1
042000     MOVE CM-CLAIMANT-ID TO CLTIDO                                BENUPD1
042100     STRING CM-FORENAME DELIMITED BY '  '                         BENUPD1
042200            ' '         DELIMITED BY SIZE                         BENUPD1
042300            CM-SURNAME  DELIMITED BY '  '                         BENUPD1
042400       INTO NAMEO                                                 BENUPD1
042500     END-STRING                                                   BENUPD1
042600     EVALUATE TRUE                                                BENUPD1
042700         WHEN CM-PAY-BACS        MOVE 'BANK ACCOUNT'  TO CURMTHO  BENUPD1
042800         WHEN CM-PAY-CHEQUE      MOVE 'GIROCHEQUE'    TO CURMTHO  BENUPD1
042900         WHEN CM-PAY-POST-OFFICE MOVE 'POST OFFICE'   TO CURMTHO  BENUPD1
043000     END-EVALUATE                                                 BENUPD1
043100     MOVE CM-SORT-CODE      TO CURSORTO                           BENUPD1
043200     MOVE CM-ACCOUNT-NUMBER TO CURACCTO                           BENUPD1
043300     MOVE -1 TO NEWMTHL.                                          BENUPD1
043400*                                                                 BENUPD1
043500 8100-MAPFAIL.                                                    BENUPD1
043600     MOVE LOW-VALUES TO PAY2MAPO                                  BENUPD1
043700     MOVE WS-MSG-NO-CHANGE TO MSGO                                BENUPD1
043800     MOVE -1 TO NEWMTHL                                           BENUPD1
043900     PERFORM 6100-SEND-DATAONLY                                   BENUPD1
044000     EXEC CICS RETURN                                             BENUPD1
044100         TRANSID  ('PAY2')                                        BENUPD1
044200         COMMAREA (CA-BENEFITS-COMMAREA)                          BENUPD1
044300         LENGTH   (CA-LENGTH)                                     BENUPD1
044400     END-EXEC.                                                    BENUPD1
044500*                                                                 BENUPD1
044600 8800-SQL-ERROR.                                                  BENUPD1
044700     EXEC CICS SYNCPOINT ROLLBACK END-EXEC                        BENUPD1
044800     MOVE 'DB2 ERROR - NOTHING SAVED. CALL THE SERVICE DESK'      BENUPD1
044900       TO CA-MESSAGE                                              BENUPD1
045000     PERFORM 5000-BACK-TO-ENQUIRY.                                BENUPD1
045100*                                                                 BENUPD1
045200 8900-CICS-ERROR.                                                 BENUPD1
045300     EXEC CICS ABEND                                              BENUPD1
045400         ABCODE ('BPE2')                                          BENUPD1
045500     END-EXEC.                                                    BENUPD1
