000100*================================================================*BENONL1
000200*                                                                *BENONL1
000300*  PROGRAM     BENONL1                                           *BENONL1
000400*  TITLE       PAYMENT ENQUIRY - TRANSACTION PAY1                *BENONL1
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENONL1
000600*                                                                *BENONL1
000700*  MAPSET      BENMS01 (MAP PAY1MAP)                             *BENONL1
000800*  COMMAREA    BENCOMM (300 BYTES)                               *BENONL1
000900*  LINKS TO    BENVAL1  KEY VALIDATION (COMMAREA VALCOMM)        *BENONL1
001000*  XCTL TO     BENUPD1  UPDATE PAYMENT DETAILS (PF5)             *BENONL1
001100*  FILES       CLMMAST  CLAIMANT MASTER (READ)                   *BENONL1
001200*  DB2         CLAIMANT, CLAIM, PAYMENT, OVERPAYMENT (READ)      *BENONL1
001300*                                                                *BENONL1
001400*  PSEUDO-CONVERSATIONAL.  THE CLERK KEYS A NI NUMBER OR A CLAIM *BENONL1
001500*  NUMBER; THE SCREEN SHOWS THE CLAIMANT, THE CURRENT AWARD,     *BENONL1
001600*  DEBT OUTSTANDING AND THE LAST FIVE PAYMENTS.                  *BENONL1
001700*     ENTER  ENQUIRE          PF3  END          PF5  UPDATE      *BENONL1
001800*     CLEAR  RESET SCREEN                                        *BENONL1
001900*  BENUPD1 XCTLS BACK HERE WITH CA-CALLING-PROGRAM = 'BENUPD1'   *BENONL1
002000*  AND THE ENQUIRY IS REDISPLAYED FOR THE SAME CLAIMANT.         *BENONL1
002100*                                                                *BENONL1
002200*  CHANGE HISTORY                                                *BENONL1
002300*  07/03/94 PS          ORIGINAL (VSAM ONLY, THREE PAYMENTS)     *BENONL1
002400*  14/05/01 RK          DB2 FOR CLAIM AND PAYMENT DATA           *BENONL1
002500*  09/06/04 TW  CR1655  SORT CODE/ACCOUNT, PF5 TO BENUPD1        *BENONL1
002600*  30/05/06 KT  CR2444  DEBT OUTSTANDING                         *BENONL1
002700*  21/07/08 MP  CR2995  FIVE PAYMENT LINES                       *BENONL1
002800*                                                                *BENONL1
002900*================================================================*BENONL1
003000 IDENTIFICATION DIVISION.                                         BENONL1
003100 PROGRAM-ID.    BENONL1.                                          BENONL1
003200 AUTHOR.        P SHAH.                                           BENONL1
003300 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENONL1
003400 DATE-WRITTEN.  MARCH 1994.                                       BENONL1
003500 DATE-COMPILED.                                                   BENONL1
003600 ENVIRONMENT DIVISION.                                            BENONL1
003700 DATA DIVISION.                                                   BENONL1
003800 WORKING-STORAGE SECTION.                                         BENONL1
003900 01  WS-CONSTANTS.                                                BENONL1
004000     05  WS-FILE-NAME                PIC X(8)  VALUE 'CLMMAST'.   BENONL1
004100     05  WS-GOODBYE                  PIC X(40)                    BENONL1
004200                  VALUE 'PAY1 SESSION ENDED - CLEAR THE SCREEN'.  BENONL1
004300 01  WS-WORK.                                                     BENONL1
004400     05  WS-RESP                     PIC S9(8) COMP.              BENONL1
004500     05  WS-ABSTIME                  PIC S9(15) COMP-3.           BENONL1
004600     05  WS-DATE-OUT                 PIC X(10).                   BENONL1
004700     05  WS-TIME-OUT                 PIC X(8).                    BENONL1
004800     05  WS-SUB                      PIC S9(4) COMP.              BENONL1
004900     05  WS-ROWS                     PIC S9(4) COMP.              BENONL1
005000     05  WS-KEY-TYPE                 PIC X.                       BENONL1
005100         88  WS-BY-NINO                  VALUE 'N'.               BENONL1
005200         88  WS-BY-CLAIM                 VALUE 'C'.               BENONL1
005300     05  WS-CLAIM-FOUND-SW           PIC X.                       BENONL1
005400         88  WS-CLAIM-FOUND              VALUE 'Y'.               BENONL1
005500         88  WS-CLAIM-NOT-FOUND          VALUE 'N'.               BENONL1
005600 01  WS-PAY-LINES.                                                BENONL1
005700     05  WS-PAY-LINE                 OCCURS 5 TIMES               BENONL1
005800                                     INDEXED BY WS-PL-IDX.        BENONL1
005900         10  WS-PL-DATE              PIC X(10).                   BENONL1
006000         10  FILLER                  PIC X(4).                    BENONL1
006100         10  WS-PL-FROM              PIC X(10).                   BENONL1
006200         10  WS-PL-SEP               PIC X(3).                    BENONL1
006300         10  WS-PL-TO                PIC X(10).                   BENONL1
006400         10  WS-PL-AMOUNT            PIC ZZ,ZZ9.99.               BENONL1
006500         10  FILLER                  PIC X(1).                    BENONL1
006600         10  WS-PL-RECOVERED         PIC ZZ,ZZ9.99                BENONL1
006700                                     BLANK WHEN ZERO.             BENONL1
006800         10  FILLER                  PIC X(4).                    BENONL1
006900         10  WS-PL-METHOD            PIC X.                       BENONL1
007000         10  FILLER                  PIC X(5).                    BENONL1
007100         10  WS-PL-STATUS            PIC X(10).                   BENONL1
007200 01  WS-DESCRIPTIONS.                                             BENONL1
007300     05  WS-METHOD-DESC              PIC X(20).                   BENONL1
007400     05  WS-STATUS-DESC              PIC X(20).                   BENONL1
007500     05  WS-BENEFIT-DESC             PIC X(30).                   BENONL1
007600     COPY BENMS01.                                                BENONL1
007700     COPY BENCOMM.                                                BENONL1
007800     COPY VALCOMM.                                                BENONL1
007900     COPY CLMMAST.                                                BENONL1
008000     COPY DFHAID.                                                 BENONL1
008100     COPY DFHBMSCA.                                               BENONL1
008200*                                                                 BENONL1
008300     EXEC SQL INCLUDE SQLCA    END-EXEC.                          BENONL1
008400     EXEC SQL INCLUDE DCLCLAIM END-EXEC.                          BENONL1
008500     EXEC SQL INCLUDE DCLPAYMT END-EXEC.                          BENONL1
008600 01  WS-HOST-VARIABLES.                                           BENONL1
008700     05  HV-CLAIMANT-ID              PIC S9(9) COMP.              BENONL1
008800     05  HV-NINO                     PIC X(9).                    BENONL1
008900     05  HV-DEBT                     PIC S9(9)V99 COMP-3.         BENONL1
009000     05  IND-LAST-PAID               PIC S9(4) COMP.              BENONL1
009100     05  IND-DEBT                    PIC S9(4) COMP.              BENONL1
009200*                                                                 BENONL1
009300     EXEC SQL DECLARE PAYHIST CURSOR FOR                          BENONL1
009400         SELECT PAYMENT_DATE, PERIOD_FROM, PERIOD_TO, AMOUNT,     BENONL1
009500                RECOVERY_DEDUCTED, METHOD, STATUS                 BENONL1
009600           FROM PAYMENT                                           BENONL1
009700          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENONL1
009800          ORDER BY PAYMENT_DATE DESC                              BENONL1
009900          FETCH FIRST 5 ROWS ONLY                                 BENONL1
010000     END-EXEC.                                                    BENONL1
010100 LINKAGE SECTION.                                                 BENONL1
010200 01  DFHCOMMAREA                     PIC X(300).                  BENONL1
010300/                                                                 BENONL1
010400 PROCEDURE DIVISION.                                              BENONL1
010500*                                                                 BENONL1
010600 0000-MAIN.                                                       BENONL1
010700     EXEC CICS HANDLE CONDITION                                   BENONL1
010800         MAPFAIL (8100-MAPFAIL)                                   BENONL1
010900         ERROR   (8900-CICS-ERROR)                                BENONL1
011000     END-EXEC                                                     BENONL1
011100     EXEC SQL WHENEVER SQLERROR GO TO 8800-SQL-ERROR END-EXEC     BENONL1
011200     PERFORM 1000-GET-DATE-TIME                                   BENONL1
011300     IF EIBCALEN = ZERO                                           BENONL1
011400         INITIALIZE CA-BENEFITS-COMMAREA                          BENONL1
011500         SET CA-FIRST-TIME TO TRUE                                BENONL1
011600         PERFORM 6000-SEND-EMPTY-MAP                              BENONL1
011700     ELSE                                                         BENONL1
011800         MOVE DFHCOMMAREA TO CA-BENEFITS-COMMAREA                 BENONL1
011900         IF CA-CALLING-PROGRAM = 'BENUPD1'                        BENONL1
012000             PERFORM 5000-RETURN-FROM-UPDATE                      BENONL1
012100         ELSE                                                     BENONL1
012200             EVALUATE EIBAID                                      BENONL1
012300                 WHEN DFHENTER                                    BENONL1
012400                     PERFORM 2000-PROCESS-ENQUIRY                 BENONL1
012500                 WHEN DFHPF3                                      BENONL1
012600                     PERFORM 7000-END-SESSION                     BENONL1
012700                 WHEN DFHPF5                                      BENONL1
012800                     PERFORM 4000-TRANSFER-TO-UPDATE              BENONL1
012900                 WHEN DFHCLEAR                                    BENONL1
013000                     PERFORM 6000-SEND-EMPTY-MAP                  BENONL1
013100                 WHEN OTHER                                       BENONL1
013200                     MOVE LOW-VALUES TO PAY1MAPO                  BENONL1
013300                     MOVE 'THAT KEY IS NOT ACTIVE ON THIS SCREEN' BENONL1
013400                       TO MSGO                                    BENONL1
013500                     PERFORM 6100-SEND-DATAONLY                   BENONL1
013600             END-EVALUATE                                         BENONL1
013700         END-IF                                                   BENONL1
013800     END-IF                                                       BENONL1
013900     EXEC CICS RETURN                                             BENONL1
014000         TRANSID  ('PAY1')                                        BENONL1
014100         COMMAREA (CA-BENEFITS-COMMAREA)                          BENONL1
014200         LENGTH   (CA-LENGTH)                                     BENONL1
014300     END-EXEC.                                                    BENONL1
014400*                                                                 BENONL1
014500 1000-GET-DATE-TIME.                                              BENONL1
014600     EXEC CICS ASKTIME                                            BENONL1
014700         ABSTIME (WS-ABSTIME)                                     BENONL1
014800     END-EXEC                                                     BENONL1
014900     EXEC CICS FORMATTIME                                         BENONL1
015000         ABSTIME  (WS-ABSTIME)                                    BENONL1
015100         DDMMYYYY (WS-DATE-OUT)                                   BENONL1
015200         DATESEP  ('/')                                           BENONL1
015300         TIME     (WS-TIME-OUT)                                   BENONL1
015400         TIMESEP  (':')                                           BENONL1
015500     END-EXEC.                                                    BENONL1
015600*                                                                 BENONL1
015700*----------------------------------------------------------------*BENONL1
015800* 2000  ENQUIRY                                                  *BENONL1
015900*----------------------------------------------------------------*BENONL1
016000 2000-PROCESS-ENQUIRY.                                            BENONL1
016100     EXEC CICS RECEIVE                                            BENONL1
016200         MAP    ('PAY1MAP')                                       BENONL1
016300         MAPSET ('BENMS01')                                       BENONL1
016400         INTO   (PAY1MAPI)                                        BENONL1
016500     END-EXEC                                                     BENONL1
016600     INITIALIZE VC-VALIDATION-COMMAREA                            BENONL1
016700     SET VC-VALIDATE-ENQUIRY TO TRUE                              BENONL1
016800     IF NINOL > ZERO                                              BENONL1
016900         MOVE NINOI TO VC-NINO                                    BENONL1
017000     END-IF                                                       BENONL1
017100     IF CLMNOL > ZERO                                             BENONL1
017200         MOVE CLMNOI TO VC-CLAIM-ID-X                             BENONL1
017300     END-IF                                                       BENONL1
017400     EXEC CICS LINK                                               BENONL1
017500         PROGRAM  ('BENVAL1')                                     BENONL1
017600         COMMAREA (VC-VALIDATION-COMMAREA)                        BENONL1
017700         LENGTH   (LENGTH OF VC-VALIDATION-COMMAREA)              BENONL1
017800     END-EXEC                                                     BENONL1
017900     IF VC-INVALID                                                BENONL1
018000         MOVE LOW-VALUES TO PAY1MAPO                              BENONL1
018100         MOVE VC-ERROR-MESSAGE TO MSGO                            BENONL1
018200         IF VC-ERROR-FIELD = 'CLMNO'                              BENONL1
018300             MOVE -1 TO CLMNOL                                    BENONL1
018400             MOVE DFHBMBRY TO CLMNOA                              BENONL1
018500         ELSE                                                     BENONL1
018600             MOVE -1 TO NINOL                                     BENONL1
018700             MOVE DFHBMBRY TO NINOA                               BENONL1
018800         END-IF                                                   BENONL1
018900         PERFORM 6100-SEND-DATAONLY                               BENONL1
019000     ELSE                                                         BENONL1
019100         IF VC-NINO NOT = SPACES                                  BENONL1
019200             SET WS-BY-NINO TO TRUE                               BENONL1
019300         ELSE                                                     BENONL1
019400             SET WS-BY-CLAIM TO TRUE                              BENONL1
019500         END-IF                                                   BENONL1
019600         PERFORM 2100-FIND-CLAIM                                  BENONL1
019700         IF WS-CLAIM-FOUND                                        BENONL1
019800             PERFORM 2200-READ-CLAIMANT-MASTER                    BENONL1
019900         END-IF                                                   BENONL1
020000         IF WS-CLAIM-FOUND                                        BENONL1
020100             PERFORM 2300-DEBT-OUTSTANDING                        BENONL1
020200             PERFORM 3000-PAYMENT-HISTORY                         BENONL1
020300             PERFORM 2400-BUILD-SCREEN                            BENONL1
020400             SET CA-ENQUIRY-SHOWN TO TRUE                         BENONL1
020500             MOVE CM-CLAIMANT-ID TO CA-CLAIMANT-ID                BENONL1
020600             MOVE CLM-CLAIM-ID   TO CA-CLAIM-ID                   BENONL1
020700             MOVE CM-NINO        TO CA-NINO                       BENONL1
020800             PERFORM 6100-SEND-DATAONLY                           BENONL1
020900         ELSE                                                     BENONL1
021000             MOVE LOW-VALUES TO PAY1MAPO                          BENONL1
021100             MOVE 'NO CLAIM FOUND FOR THAT NI NUMBER OR CLAIM'    BENONL1
021200               TO MSGO                                            BENONL1
021300             MOVE -1 TO NINOL                                     BENONL1
021400             PERFORM 6100-SEND-DATAONLY                           BENONL1
021500         END-IF                                                   BENONL1
021600     END-IF.                                                      BENONL1
021700*                                                                 BENONL1
021800 2100-FIND-CLAIM.                                                 BENONL1
021900     SET WS-CLAIM-FOUND TO TRUE                                   BENONL1
022000     IF WS-BY-NINO                                                BENONL1
022100         MOVE VC-NINO TO HV-NINO                                  BENONL1
022200         EXEC SQL                                                 BENONL1
022300             SELECT CLAIMANT_ID                                   BENONL1
022400               INTO :HV-CLAIMANT-ID                               BENONL1
022500               FROM CLAIMANT                                      BENONL1
022600              WHERE NINO = :HV-NINO                               BENONL1
022700         END-EXEC                                                 BENONL1
022800         IF SQLCODE = +100                                        BENONL1
022900             SET WS-CLAIM-NOT-FOUND TO TRUE                       BENONL1
023000         ELSE                                                     BENONL1
023100             EXEC SQL                                             BENONL1
023200                 SELECT CLAIM_ID, CLAIMANT_ID, BENEFIT_TYPE,      BENONL1
023300                        STATUS, WEEKLY_AMOUNT, LAST_PAID_DATE     BENONL1
023400                   INTO :CLM-CLAIM-ID, :CLM-CLAIMANT-ID,          BENONL1
023500                        :CLM-BENEFIT-TYPE, :CLM-STATUS,           BENONL1
023600                        :CLM-WEEKLY-AMOUNT,                       BENONL1
023700                        :CLM-LAST-PAID-DATE :IND-LAST-PAID        BENONL1
023800                   FROM CLAIM                                     BENONL1
023900                  WHERE CLAIMANT_ID = :HV-CLAIMANT-ID             BENONL1
024000                  ORDER BY DATE_RECEIVED DESC                     BENONL1
024100                  FETCH FIRST 1 ROW ONLY                          BENONL1
024200             END-EXEC                                             BENONL1
024300         END-IF                                                   BENONL1
024400     ELSE                                                         BENONL1
024500         MOVE VC-CLAIM-ID-X TO CLM-CLAIM-ID                       BENONL1
024600         EXEC SQL                                                 BENONL1
024700             SELECT CLAIM_ID, CLAIMANT_ID, BENEFIT_TYPE,          BENONL1
024800                    STATUS, WEEKLY_AMOUNT, LAST_PAID_DATE         BENONL1
024900               INTO :CLM-CLAIM-ID, :CLM-CLAIMANT-ID,              BENONL1
025000                    :CLM-BENEFIT-TYPE, :CLM-STATUS,               BENONL1
025100                    :CLM-WEEKLY-AMOUNT,                           BENONL1
025200                    :CLM-LAST-PAID-DATE :IND-LAST-PAID            BENONL1
025300               FROM CLAIM                                         BENONL1
025400              WHERE CLAIM_ID = :CLM-CLAIM-ID                      BENONL1
025500         END-EXEC                                                 BENONL1
025600     END-IF                                                       BENONL1
025700     IF SQLCODE = +100                                            BENONL1
025800         SET WS-CLAIM-NOT-FOUND TO TRUE                           BENONL1
025900     END-IF.                                                      BENONL1
026000*                                                                 BENONL1
026100 2200-READ-CLAIMANT-MASTER.                                       BENONL1
026200     MOVE CLM-CLAIMANT-ID TO CM-CLAIMANT-ID                       BENONL1
026300     EXEC CICS READ                                               BENONL1
026400         FILE   ('CLMMAST')                                       BENONL1
026500         INTO   (CM-CLAIMANT-RECORD)                              BENONL1
026600         RIDFLD (CM-CLAIMANT-ID)                                  BENONL1
026700         RESP   (WS-RESP)                                         BENONL1
026800     END-EXEC                                                     BENONL1
026900     EVALUATE WS-RESP                                             BENONL1
027000         WHEN DFHRESP(NORMAL)                                     BENONL1
027100             CONTINUE                                             BENONL1
027200         WHEN DFHRESP(NOTFND)                                     BENONL1
027300             SET WS-CLAIM-NOT-FOUND TO TRUE                       BENONL1
027400         WHEN OTHER                                               BENONL1
027500             GO TO 8900-CICS-ERROR                                BENONL1
027600     END-EVALUATE.                                                BENONL1
027700*                                                                 BENONL1
027800 2300-DEBT-OUTSTANDING.                                           BENONL1
027900     EXEC SQL                                                     BENONL1
028000         SELECT SUM(OUTSTANDING)                                  BENONL1
028100           INTO :HV-DEBT :IND-DEBT                                BENONL1
028200           FROM OVERPAYMENT                                       BENONL1
028300          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENONL1
028400            AND STATUS IN ('O', 'R')                              BENONL1
028500     END-EXEC                                                     BENONL1
028600     IF IND-DEBT < ZERO                                           BENONL1
028700         MOVE ZERO TO HV-DEBT                                     BENONL1
028800     END-IF.                                                      BENONL1
028900*                                                                 BENONL1
029000 2400-BUILD-SCREEN.                                               BENONL1
029100     MOVE LOW-VALUES TO PAY1MAPO                                  BENONL1
029200     MOVE WS-DATE-OUT TO DATEO                                    BENONL1
029300     MOVE WS-TIME-OUT TO TIMEO                                    BENONL1
029400     MOVE CM-NINO     TO NINOO                                    BENONL1
029500     MOVE CLM-CLAIM-ID TO CLMNOO                                  BENONL1
029600     STRING CM-TITLE    DELIMITED BY SPACE                        BENONL1
029700            ' '         DELIMITED BY SIZE                         BENONL1
029800            CM-FORENAME DELIMITED BY '  '                         BENONL1
029900            ' '         DELIMITED BY SIZE                         BENONL1
030000            CM-SURNAME  DELIMITED BY '  '                         BENONL1
030100       INTO NAMEO                                                 BENONL1
030200     END-STRING                                                   BENONL1
030300     MOVE CM-DATE-OF-BIRTH (7:2) TO DOBO (1:2)                    BENONL1
030400     MOVE '/'                    TO DOBO (3:1)                    BENONL1
030500     MOVE CM-DATE-OF-BIRTH (5:2) TO DOBO (4:2)                    BENONL1
030600     MOVE '/'                    TO DOBO (6:1)                    BENONL1
030700     MOVE CM-DATE-OF-BIRTH (1:4) TO DOBO (7:4)                    BENONL1
030800     MOVE AD-LINE-1   TO ADDR1O                                   BENONL1
030900     MOVE AD-LINE-2   TO ADDR2O                                   BENONL1
031000     MOVE AD-TOWN     TO ADDR3O                                   BENONL1
031100     MOVE AD-POSTCODE TO PCODEO                                   BENONL1
031200     EVALUATE CLM-STATUS                                          BENONL1
031300         WHEN 'R' MOVE 'RECEIVED'          TO WS-STATUS-DESC      BENONL1
031400         WHEN 'E' MOVE 'AWAITING EVIDENCE' TO WS-STATUS-DESC      BENONL1
031500         WHEN 'A' MOVE 'ASSESSED'          TO WS-STATUS-DESC      BENONL1
031600         WHEN 'W' MOVE 'AWARDED'           TO WS-STATUS-DESC      BENONL1
031700         WHEN 'F' MOVE 'REFUSED'           TO WS-STATUS-DESC      BENONL1
031800         WHEN 'S' MOVE 'SUSPENDED'         TO WS-STATUS-DESC      BENONL1
031900         WHEN 'C' MOVE 'CLOSED'            TO WS-STATUS-DESC      BENONL1
032000         WHEN OTHER MOVE CLM-STATUS        TO WS-STATUS-DESC      BENONL1
032100     END-EVALUATE                                                 BENONL1
032200     MOVE WS-STATUS-DESC TO CLMSTATO                              BENONL1
032300     IF CM-DECEASED                                               BENONL1
032400         MOVE 'DECEASED'  TO CLMSTATO                             BENONL1
032500         MOVE DFHBMBRY    TO CLMSTATA                             BENONL1
032600     END-IF                                                       BENONL1
032700     MOVE CLM-BENEFIT-TYPE TO BENTYPEO                            BENONL1
032800     EVALUATE CLM-BENEFIT-TYPE                                    BENONL1
032900         WHEN 'SP '  MOVE 'STATE PENSION'        TO BENDESCO      BENONL1
033000         WHEN 'PC '  MOVE 'PENSION CREDIT'       TO BENDESCO      BENONL1
033100         WHEN 'JSA'  MOVE 'JOBSEEKERS ALLOWANCE' TO BENDESCO      BENONL1
033200         WHEN 'IS '  MOVE 'INCOME SUPPORT'       TO BENDESCO      BENONL1
033300         WHEN 'CA '  MOVE 'CARERS ALLOWANCE'     TO BENDESCO      BENONL1
033400     END-EVALUATE                                                 BENONL1
033500     MOVE CLM-WEEKLY-AMOUNT TO WKAMTO                             BENONL1
033600     MOVE CM-PAYMENT-METHOD TO METHODO                            BENONL1
033700     EVALUATE TRUE                                                BENONL1
033800         WHEN CM-PAY-BACS        MOVE 'BANK ACCOUNT (BACS)'       BENONL1
033900                                   TO WS-METHOD-DESC              BENONL1
034000         WHEN CM-PAY-CHEQUE      MOVE 'GIROCHEQUE'                BENONL1
034100                                   TO WS-METHOD-DESC              BENONL1
034200         WHEN CM-PAY-POST-OFFICE MOVE 'POST OFFICE CARD A/C'      BENONL1
034300                                   TO WS-METHOD-DESC              BENONL1
034400         WHEN OTHER              MOVE SPACES TO WS-METHOD-DESC    BENONL1
034500     END-EVALUATE                                                 BENONL1
034600     MOVE WS-METHOD-DESC TO METHDSCO                              BENONL1
034700     IF CM-PAY-CHEQUE                                             BENONL1
034800         MOVE SPACES TO SORTCDO ACCTNOO                           BENONL1
034900     ELSE                                                         BENONL1
035000         STRING CM-SORT-CODE (1:2) '-' CM-SORT-CODE (3:2) '-'     BENONL1
035100                CM-SORT-CODE (5:2) DELIMITED BY SIZE INTO SORTCDO BENONL1
035200         MOVE CM-ACCOUNT-NUMBER TO ACCTNOO                        BENONL1
035300     END-IF                                                       BENONL1
035400     MOVE HV-DEBT TO DEBTO                                        BENONL1
035500     IF HV-DEBT > ZERO                                            BENONL1
035600         MOVE DFHBMBRY TO DEBTA                                   BENONL1
035700     END-IF                                                       BENONL1
035800     IF IND-LAST-PAID < ZERO                                      BENONL1
035900         MOVE 'NEVER'  TO LASTPDO                                 BENONL1
036000     ELSE                                                         BENONL1
036100         MOVE CLM-LAST-PAID-DATE TO LASTPDO                       BENONL1
036200     END-IF                                                       BENONL1
036300     MOVE WS-PAY-LINE (1) TO PAYLN1O                              BENONL1
036400     MOVE WS-PAY-LINE (2) TO PAYLN2O                              BENONL1
036500     MOVE WS-PAY-LINE (3) TO PAYLN3O                              BENONL1
036600     MOVE WS-PAY-LINE (4) TO PAYLN4O                              BENONL1
036700     MOVE WS-PAY-LINE (5) TO PAYLN5O                              BENONL1
036800     IF CA-MESSAGE NOT = SPACES                                   BENONL1
036900         MOVE CA-MESSAGE TO MSGO                                  BENONL1
037000         MOVE SPACES     TO CA-MESSAGE                            BENONL1
037100     ELSE                                                         BENONL1
037200         MOVE 'PF5 TO CHANGE PAYMENT DETAILS OR ADDRESS' TO MSGO  BENONL1
037300     END-IF.                                                      BENONL1
037400*                                                                 BENONL1
037500*----------------------------------------------------------------*BENONL1
037600* 3000  LAST FIVE PAYMENTS                                       *BENONL1
037700*----------------------------------------------------------------*BENONL1
037800 3000-PAYMENT-HISTORY.                                            BENONL1
037900     MOVE SPACES TO WS-PAY-LINES                                  BENONL1
038000     MOVE ZERO TO WS-ROWS                                         BENONL1
038100     SET WS-PL-IDX TO 1                                           BENONL1
038200     EXEC SQL OPEN PAYHIST END-EXEC                               BENONL1
038300     PERFORM 3100-FETCH-PAYMENT 5 TIMES                           BENONL1
038400     EXEC SQL CLOSE PAYHIST END-EXEC.                             BENONL1
038500*                                                                 BENONL1
038600 3100-FETCH-PAYMENT.                                              BENONL1
038700     IF SQLCODE = ZERO                                            BENONL1
038800         EXEC SQL                                                 BENONL1
038900             FETCH PAYHIST                                        BENONL1
039000              INTO :PAY-PAYMENT-DATE, :PAY-PERIOD-FROM,           BENONL1
039100                   :PAY-PERIOD-TO, :PAY-AMOUNT,                   BENONL1
039200                   :PAY-RECOVERY-DEDUCTED, :PAY-METHOD,           BENONL1
039300                   :PAY-STATUS                                    BENONL1
039400         END-EXEC                                                 BENONL1
039500         IF SQLCODE = ZERO                                        BENONL1
039600             ADD 1 TO WS-ROWS                                     BENONL1
039700             MOVE PAY-PAYMENT-DATE TO WS-PL-DATE (WS-PL-IDX)      BENONL1
039800             MOVE PAY-PERIOD-FROM  TO WS-PL-FROM (WS-PL-IDX)      BENONL1
039900             MOVE ' - '            TO WS-PL-SEP (WS-PL-IDX)       BENONL1
040000             MOVE PAY-PERIOD-TO    TO WS-PL-TO (WS-PL-IDX)        BENONL1
040100             MOVE PAY-AMOUNT       TO WS-PL-AMOUNT (WS-PL-IDX)    BENONL1
040200             MOVE PAY-RECOVERY-DEDUCTED                           BENONL1
040300                                   TO WS-PL-RECOVERED (WS-PL-IDX) BENONL1
040400             MOVE PAY-METHOD       TO WS-PL-METHOD (WS-PL-IDX)    BENONL1
040500             EVALUATE PAY-STATUS                                  BENONL1
040600                 WHEN 'P'                                         BENONL1
040700                     MOVE 'PENDING' TO WS-PL-STATUS (WS-PL-IDX)   BENONL1
040800                 WHEN 'I'                                         BENONL1
040900                     MOVE 'ISSUED' TO WS-PL-STATUS (WS-PL-IDX)    BENONL1
041000                 WHEN 'R'                                         BENONL1
041100                     MOVE 'RETURNED' TO WS-PL-STATUS (WS-PL-IDX)  BENONL1
041200                 WHEN 'X'                                         BENONL1
041300                     MOVE 'CANCELLED' TO WS-PL-STATUS (WS-PL-IDX) BENONL1
041400             END-EVALUATE                                         BENONL1
041500             SET WS-PL-IDX UP BY 1                                BENONL1
041600         END-IF                                                   BENONL1
041700     END-IF.                                                      BENONL1
041800*                                                                 BENONL1
041900*----------------------------------------------------------------*BENONL1
042000* 4000  PF5 - UPDATE PAYMENT DETAILS (BENUPD1)                   *BENONL1
042100*----------------------------------------------------------------*BENONL1
042200 4000-TRANSFER-TO-UPDATE.                                         BENONL1
042300     IF NOT CA-ENQUIRY-SHOWN                                      BENONL1
042400         MOVE LOW-VALUES TO PAY1MAPO                              BENONL1
042500         MOVE 'ENQUIRE ON A CLAIMANT BEFORE PRESSING PF5' TO MSGO BENONL1
042600         MOVE -1 TO NINOL                                         BENONL1
042700         PERFORM 6100-SEND-DATAONLY                               BENONL1
042800     ELSE                                                         BENONL1
042900         MOVE 'BENONL1' TO CA-CALLING-PROGRAM                     BENONL1
043000         SET CA-UPDATE-ENTRY TO TRUE                              BENONL1
043100         MOVE EIBTRMID TO CA-USER-ID                              BENONL1
043200         EXEC CICS XCTL                                           BENONL1
043300             PROGRAM  ('BENUPD1')                                 BENONL1
043400             COMMAREA (CA-BENEFITS-COMMAREA)                      BENONL1
043500             LENGTH   (CA-LENGTH)                                 BENONL1
043600         END-EXEC                                                 BENONL1
043700     END-IF.                                                      BENONL1
043800*                                                                 BENONL1
043900 5000-RETURN-FROM-UPDATE.                                         BENONL1
044000     MOVE SPACES TO CA-CALLING-PROGRAM                            BENONL1
044100     MOVE CA-CLAIM-ID TO VC-CLAIM-ID-X                            BENONL1
044200     SET WS-BY-CLAIM TO TRUE                                      BENONL1
044300     PERFORM 2100-FIND-CLAIM                                      BENONL1
044400     IF WS-CLAIM-FOUND                                            BENONL1
044500         PERFORM 2200-READ-CLAIMANT-MASTER                        BENONL1
044600     END-IF                                                       BENONL1
044700     IF WS-CLAIM-FOUND                                            BENONL1
044800         PERFORM 2300-DEBT-OUTSTANDING                            BENONL1
044900         PERFORM 3000-PAYMENT-HISTORY                             BENONL1
045000         PERFORM 2400-BUILD-SCREEN                                BENONL1
045100         SET CA-ENQUIRY-SHOWN TO TRUE                             BENONL1
045200         EXEC CICS SEND                                           BENONL1
045300             MAP    ('PAY1MAP')                                   BENONL1
045400             MAPSET ('BENMS01')                                   BENONL1
045500             FROM   (PAY1MAPO)                                    BENONL1
045600             ERASE                                                BENONL1
045700         END-EXEC                                                 BENONL1
045800     ELSE                                                         BENONL1
045900         PERFORM 6000-SEND-EMPTY-MAP                              BENONL1
046000     END-IF.                                                      BENONL1
046100*                                                                 BENONL1
046200*----------------------------------------------------------------*BENONL1
046300* 6000  SCREEN OUTPUT                                            *BENONL1
046400*----------------------------------------------------------------*BENONL1
046500 6000-SEND-EMPTY-MAP.                                             BENONL1
046600     MOVE LOW-VALUES  TO PAY1MAPO                                 BENONL1
046700     MOVE WS-DATE-OUT TO DATEO                                    BENONL1
046800     MOVE WS-TIME-OUT TO TIMEO                                    BENONL1
046900     MOVE 'ENTER A NI NUMBER OR A CLAIM NUMBER AND PRESS ENTER'   BENONL1
047000       TO MSGO                                                    BENONL1
047100     INITIALIZE CA-BENEFITS-COMMAREA                              BENONL1
047200     EXEC CICS SEND                                               BENONL1
047300         MAP    ('PAY1MAP')                                       BENONL1
047400         MAPSET ('BENMS01')                                       BENONL1
047500         FROM   (PAY1MAPO)                                        BENONL1
047600         ERASE                                                    BENONL1
047700     END-EXEC.                                                    BENONL1
047800*                                                                 BENONL1
047900 6100-SEND-DATAONLY.                                              BENONL1
048000     MOVE WS-DATE-OUT TO DATEO                                    BENONL1
048100     MOVE WS-TIME-OUT TO TIMEO                                    BENONL1
048200     EXEC CICS SEND                                               BENONL1
048300         MAP    ('PAY1MAP')                                       BENONL1
048400         MAPSET ('BENMS01')                                       BENONL1
048500         FROM   (PAY1MAPO)                                        BENONL1
048600         DATAONLY                                                 BENONL1
048700         CURSOR                                                   BENONL1
048800     END-EXEC.                                                    BENONL1
048900*                                                                 BENONL1
049000 7000-END-SESSION.                                                BENONL1
049100     EXEC CICS SEND TEXT                                          BENONL1
049200         FROM   (WS-GOODBYE)                                      BENONL1
049300         LENGTH (LENGTH OF WS-GOODBYE)                            BENONL1
049400         ERASE                                                    BENONL1
049500         FREEKB                                                   BENONL1
049600     END-EXEC                                                     BENONL1
049700     EXEC CICS RETURN END-EXEC.                                   BENONL1
049800*                                                                 BENONL1
049900*----------------------------------------------------------------*BENONL1
050000* 8000  ERROR HANDLING (HANDLE CONDITION / WHENEVER TARGETS)     *BENONL1
050100*----------------------------------------------------------------*BENONL1
050200 8100-MAPFAIL.                                                    BENONL1
050300     MOVE LOW-VALUES TO PAY1MAPO                                  BENONL1
050400     MOVE 'ENTER A NI NUMBER OR A CLAIM NUMBER AND PRESS ENTER'   BENONL1
050500       TO MSGO                                                    BENONL1
050600     MOVE -1 TO NINOL                                             BENONL1
050700     PERFORM 6100-SEND-DATAONLY                                   BENONL1
050800     EXEC CICS RETURN                                             BENONL1
050900         TRANSID  ('PAY1')                                        BENONL1
051000         COMMAREA (CA-BENEFITS-COMMAREA)                          BENONL1
051100         LENGTH   (CA-LENGTH)                                     BENONL1
051200     END-EXEC.                                                    BENONL1
051300*                                                                 BENONL1
051400 8800-SQL-ERROR.                                                  BENONL1
051500     MOVE LOW-VALUES TO PAY1MAPO                                  BENONL1
051600     MOVE SQLCODE TO CA-MESSAGE (1:10)                            BENONL1
051700     STRING 'DB2 ERROR ' CA-MESSAGE (1:10)                        BENONL1
051800            ' - PLEASE CALL THE SERVICE DESK'                     BENONL1
051900            DELIMITED BY SIZE INTO MSGO                           BENONL1
052000     PERFORM 6100-SEND-DATAONLY                                   BENONL1
052100     EXEC CICS SYNCPOINT ROLLBACK END-EXEC                        BENONL1
052200     EXEC CICS RETURN END-EXEC.                                   BENONL1
052300*                                                                 BENONL1
052400 8900-CICS-ERROR.                                                 BENONL1
052500     EXEC CICS ABEND                                              BENONL1
052600         ABCODE ('BPE1')                                          BENONL1
052700     END-EXEC.                                                    BENONL1
