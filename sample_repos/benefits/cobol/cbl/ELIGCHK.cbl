000100*================================================================*ELIGCHK
000200*                                                                *ELIGCHK
000300*  PROGRAM     ELIGCHK                                           *ELIGCHK
000400*  TITLE       ENTITLEMENT CONDITIONS FOR A LIVE CLAIM           *ELIGCHK
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *ELIGCHK
000600*                                                                *ELIGCHK
000700*  CALLED BY   BENPAY01 BEFORE EVERY PAYMENT                     *ELIGCHK
000800*  INTERFACE   CALL 'ELIGCHK' USING EP-ELIGIBILITY-AREA          *ELIGCHK
000900*              (MEMBER ELIGPARM)                                 *ELIGCHK
001000*                                                                *ELIGCHK
001100*  RE-CHECKS THE CONDITIONS OF ENTITLEMENT ON THE PAYMENT DATE:  *ELIGCHK
001200*    R-AGE-01   WORKING AGE BENEFITS: MINIMUM AGE TO 65          *ELIGCHK
001300*    R-AGE-SPA  SP AND PC: STATE PENSION AGE (66) REACHED        *ELIGCHK
001400*    R-RES-01   PRESENCE / HABITUAL RESIDENCE / RECOURSE         *ELIGCHK
001500*    R-CAP-01   CAPITAL AT OR BELOW THE UPPER LIMIT (16,000)     *ELIGCHK
001600*    R-INC-01   REMUNERATIVE WORK, CARERS EARNINGS LIMIT         *ELIGCHK
001700*  RULE IDS AND TESTS ARE THE SAME AS THE JAVA RULE ENGINE       *ELIGCHK
001800*  (com.acme.benefits.rules) - KEEP THEM IN STEP.                *ELIGCHK
001900*                                                                *ELIGCHK
002000*  THE DECISION TABLES IN 3000-3400 ARE EVALUATE STATEMENTS ON   *ELIGCHK
002100*  AGE ALSO RESIDENCE CLASS ALSO CAPITAL BAND.  CLASS AND BAND   *ELIGCHK
002200*  ARE WORKED OUT FIRST IN 2000.                                 *ELIGCHK
002300*                                                                *ELIGCHK
002400*  CHANGE HISTORY                                                *ELIGCHK
002500*  20/05/02 RK          ORIGINAL                                 *ELIGCHK
002600*  06/10/03 JB  CR1425  PENSION CREDIT - OLDER PARTNER'S AGE     *ELIGCHK
002700*  11/04/03 JB  CR1234  CAPITAL LIMIT 16000                      *ELIGCHK
002800*  01/05/04 TW  CR1630  EEA WORKERS HAVE A RIGHT TO RESIDE       *ELIGCHK
002900*  13/08/07 MP  CR2930  STATE PENSION PAYABLE ABROAD             *ELIGCHK
003000*  06/10/08 MP  CR3002  NO UPPER CAPITAL LIMIT FOR PC            *ELIGCHK
003100*  06/04/09 AS  CR3101  JSA MINIMUM AGE 18                       *ELIGCHK
003200*  12/04/09 AS  CR3250  CARERS EARNINGS LIMIT 100.00             *ELIGCHK
003300*  19/11/09 AS  CR3302  STATE PENSION AGE 66 (BENCONST)          *ELIGCHK
003400*                                                                *ELIGCHK
003500*================================================================*ELIGCHK
003600 IDENTIFICATION DIVISION.                                         ELIGCHK
003700 PROGRAM-ID.    ELIGCHK.                                          ELIGCHK
003800 AUTHOR.        R KHAN.                                           ELIGCHK
003900 DATE-WRITTEN.  MAY 2002.                                         ELIGCHK
004000 ENVIRONMENT DIVISION.                                            ELIGCHK
004100 CONFIGURATION SECTION.                                           ELIGCHK
004200 SOURCE-COMPUTER. IBM-390.                                        ELIGCHK
004300 OBJECT-COMPUTER. IBM-390.                                        ELIGCHK
004400 DATA DIVISION.                                                   ELIGCHK
004500 WORKING-STORAGE SECTION.                                         ELIGCHK
004600     COPY BENCONST OF BENLIB.                                     ELIGCHK
004700     COPY DATEPARM.                                               ELIGCHK
004800 01  WS-DERIVED.                                                  ELIGCHK
004900     05  WS-AGE                  PIC 9(3).                        ELIGCHK
005000         88  AGE-CHILD               VALUE 0 THRU 15.             ELIGCHK
005100         88  AGE-YOUNG-PERSON        VALUE 16 17.                 ELIGCHK
005200         88  AGE-WORKING             VALUE 16 THRU 65.            ELIGCHK
005300         88  AGE-PENSION             VALUE 66 THRU 150.           ELIGCHK
005400     05  WS-PARTNER-AGE          PIC 9(3).                        ELIGCHK
005500     05  WS-QUALIFYING-AGE       PIC 9(3).                        ELIGCHK
005600     05  WS-MINIMUM-AGE          PIC 9(3).                        ELIGCHK
005700     05  WS-RES-CLASS            PIC X.                           ELIGCHK
005800         88  RES-UK-OR-EXEMPT        VALUE '1'.                   ELIGCHK
005900         88  RES-EEA-WORKER          VALUE '2'.                   ELIGCHK
006000         88  RES-HABITUAL            VALUE '3'.                   ELIGCHK
006100         88  RES-NOT-HABITUAL        VALUE '7'.                   ELIGCHK
006200         88  RES-NO-RECOURSE         VALUE '8'.                   ELIGCHK
006300         88  RES-ABROAD              VALUE '9'.                   ELIGCHK
006400         88  RES-SATISFIED           VALUE '1' THRU '3'.          ELIGCHK
006500     05  WS-CAP-BAND             PIC X.                           ELIGCHK
006600         88  CAP-NOT-TESTED          VALUE '0'.                   ELIGCHK
006700         88  CAP-BELOW-LOWER         VALUE '1'.                   ELIGCHK
006800         88  CAP-TARIFF-BAND         VALUE '2'.                   ELIGCHK
006900         88  CAP-OVER-UPPER          VALUE '3'.                   ELIGCHK
007000         88  CAP-NEGATIVE            VALUE '9'.                   ELIGCHK
007100         88  CAP-WITHIN-LIMIT        VALUE '0' THRU '2'.          ELIGCHK
007200     05  WS-CAP-LOWER            PIC S9(7)V99 COMP-3.             ELIGCHK
007300     05  WS-CAP-UPPER            PIC S9(7)V99 COMP-3.             ELIGCHK
007400     05  WS-COUNTABLE-EARNINGS   PIC S9(7)V99 COMP-3.             ELIGCHK
007500 01  WS-RESIDENCY-STATUS         PIC X(4).                        ELIGCHK
007600     88  WS-RES-HRT-EXEMPT           VALUE 'UK  ' 'IRL ' 'REF '.  ELIGCHK
007700     88  WS-RES-EEA                  VALUE 'EEA '.                ELIGCHK
007800     88  WS-RES-NRPF                 VALUE 'NRPF'.                ELIGCHK
007900 01  WS-MESSAGE-WORK.                                             ELIGCHK
008000     05  WS-EDIT-AGE             PIC ZZ9.                         ELIGCHK
008100     05  WS-EDIT-AMOUNT          PIC ZZZ,ZZ9.99.                  ELIGCHK
008200     05  WS-EDIT-HOURS           PIC ZZ9.                         ELIGCHK
008300 LINKAGE SECTION.                                                 ELIGCHK
008400     COPY ELIGPARM.                                               ELIGCHK
008500 PROCEDURE DIVISION USING EP-ELIGIBILITY-AREA.                    ELIGCHK
008600*                                                                 ELIGCHK
008700 0000-MAIN.                                                       ELIGCHK
008800     PERFORM 1000-INITIALISE                                      ELIGCHK
008900     PERFORM 2000-DERIVE-FACTS THRU 2000-EXIT                     ELIGCHK
009000     IF EP-ELIGIBLE                                               ELIGCHK
009100         EVALUATE TRUE                                            ELIGCHK
009200             WHEN EP-STATE-PENSION                                ELIGCHK
009300                 PERFORM 3100-STATE-PENSION-TABLE                 ELIGCHK
009400             WHEN EP-PENSION-CREDIT                               ELIGCHK
009500                 PERFORM 3200-PENSION-CREDIT-TABLE                ELIGCHK
009600             WHEN EP-JOBSEEKERS                                   ELIGCHK
009700             WHEN EP-INCOME-SUPPORT                               ELIGCHK
009800                 PERFORM 3300-WORKING-AGE-TABLE                   ELIGCHK
009900             WHEN EP-CARERS-ALLOWANCE                             ELIGCHK
010000                 PERFORM 3400-CARERS-TABLE                        ELIGCHK
010100             WHEN OTHER                                           ELIGCHK
010200                 SET EP-REFER-TO-OFFICER TO TRUE                  ELIGCHK
010300                 MOVE 'R-BEN-00' TO EP-REASON-CODE                ELIGCHK
010400                 MOVE 'UNKNOWN BENEFIT TYPE - REFER TO OFFICER'   ELIGCHK
010500                   TO EP-REASON-TEXT                              ELIGCHK
010600         END-EVALUATE                                             ELIGCHK
010700     END-IF                                                       ELIGCHK
010800     IF EP-ELIGIBLE                                               ELIGCHK
010900         PERFORM 4000-INCOME-RULE                                 ELIGCHK
011000     END-IF                                                       ELIGCHK
011100     GO TO 9000-RETURN.                                           ELIGCHK
011200*                                                                 ELIGCHK
011300 1000-INITIALISE.                                                 ELIGCHK
011400     INITIALIZE EP-OUTPUT WS-DERIVED                              ELIGCHK
011500     SET EP-ELIGIBLE TO TRUE                                      ELIGCHK
011600     MOVE EP-RESIDENCY-STATUS TO WS-RESIDENCY-STATUS.             ELIGCHK
011700*                                                                 ELIGCHK
011800*----------------------------------------------------------------*ELIGCHK
011900* 2000  AGE, CLAIMANT CATEGORY, RESIDENCE CLASS, CAPITAL BAND    *ELIGCHK
012000*----------------------------------------------------------------*ELIGCHK
012100 2000-DERIVE-FACTS.                                               ELIGCHK
012200     MOVE 2                  TO DU-FUNCTION                       ELIGCHK
012300     MOVE EP-DATE-OF-BIRTH   TO DU-DATE-1                         ELIGCHK
012400     MOVE EP-RUN-DATE        TO DU-DATE-2                         ELIGCHK
012500     CALL 'DATEUTL' USING BY REFERENCE DU-PARMS                   ELIGCHK
012600     IF NOT DU-OK                                                 ELIGCHK
012700         SET EP-REFER-TO-OFFICER TO TRUE                          ELIGCHK
012800         MOVE 'R-AGE-01' TO EP-REASON-CODE                        ELIGCHK
012900         MOVE 'DATE OF BIRTH HAS NOT BEEN VERIFIED'               ELIGCHK
013000           TO EP-REASON-TEXT                                      ELIGCHK
013100         GO TO 2000-EXIT                                          ELIGCHK
013200     END-IF                                                       ELIGCHK
013300     MOVE DU-YEARS TO WS-AGE EP-AGE                               ELIGCHK
013400     MOVE WS-AGE TO WS-QUALIFYING-AGE                             ELIGCHK
013500     IF EP-HAS-PARTNER AND EP-PARTNER-DOB NOT = ZERO              ELIGCHK
013600         MOVE EP-PARTNER-DOB TO DU-DATE-1                         ELIGCHK
013700         CALL 'DATEUTL' USING BY REFERENCE DU-PARMS               ELIGCHK
013800         IF DU-OK                                                 ELIGCHK
013900             MOVE DU-YEARS TO WS-PARTNER-AGE                      ELIGCHK
014000             IF WS-PARTNER-AGE > WS-QUALIFYING-AGE                ELIGCHK
014100                 MOVE WS-PARTNER-AGE TO WS-QUALIFYING-AGE         ELIGCHK
014200             END-IF                                               ELIGCHK
014300         END-IF                                                   ELIGCHK
014400     END-IF                                                       ELIGCHK
014500     IF AGE-PENSION                                               ELIGCHK
014600         MOVE 'P' TO EP-CLAIMANT-CATEGORY                         ELIGCHK
014700     ELSE                                                         ELIGCHK
014800         MOVE 'W' TO EP-CLAIMANT-CATEGORY                         ELIGCHK
014900     END-IF.                                                      ELIGCHK
015000*                                                                 ELIGCHK
015100 2100-RESIDENCE-CLASS.                                            ELIGCHK
015200     EVALUATE TRUE                                                ELIGCHK
015300         WHEN EP-COUNTRY-CODE NOT = 'GB'                          ELIGCHK
015400             SET RES-ABROAD TO TRUE                               ELIGCHK
015500         WHEN WS-RES-NRPF AND EP-MEANS-TESTED                     ELIGCHK
015600             SET RES-NO-RECOURSE TO TRUE                          ELIGCHK
015700         WHEN WS-RES-HRT-EXEMPT                                   ELIGCHK
015800             SET RES-UK-OR-EXEMPT TO TRUE                         ELIGCHK
015900         WHEN WS-RES-EEA AND EP-HOURS-WORKED > ZERO               ELIGCHK
016000             SET RES-EEA-WORKER TO TRUE                           ELIGCHK
016100         WHEN EP-HABITUALLY-RESIDENT = 'Y'                        ELIGCHK
016200             SET RES-HABITUAL TO TRUE                             ELIGCHK
016300         WHEN OTHER                                               ELIGCHK
016400             SET RES-NOT-HABITUAL TO TRUE                         ELIGCHK
016500     END-EVALUATE.                                                ELIGCHK
016600*                                                                 ELIGCHK
016700 2200-CAPITAL-BAND.                                               ELIGCHK
016800     IF EP-PENSION-CREDIT                                         ELIGCHK
016900         MOVE BC-PC-CAPITAL-LOWER-LIMIT TO WS-CAP-LOWER           ELIGCHK
017000         MOVE 9999999.99                TO WS-CAP-UPPER           ELIGCHK
017100     ELSE                                                         ELIGCHK
017200         MOVE BC-CAPITAL-LOWER-LIMIT    TO WS-CAP-LOWER           ELIGCHK
017300         MOVE BC-CAPITAL-UPPER-LIMIT    TO WS-CAP-UPPER           ELIGCHK
017400     END-IF                                                       ELIGCHK
017500     EVALUATE TRUE                                                ELIGCHK
017600         WHEN NOT EP-MEANS-TESTED                                 ELIGCHK
017700             SET CAP-NOT-TESTED TO TRUE                           ELIGCHK
017800         WHEN EP-CAPITAL < ZERO                                   ELIGCHK
017900             SET CAP-NEGATIVE TO TRUE                             ELIGCHK
018000         WHEN EP-CAPITAL NOT > WS-CAP-LOWER                       ELIGCHK
018100             SET CAP-BELOW-LOWER TO TRUE                          ELIGCHK
018200         WHEN EP-CAPITAL NOT > WS-CAP-UPPER                       ELIGCHK
018300             SET CAP-TARIFF-BAND TO TRUE                          ELIGCHK
018400         WHEN OTHER                                               ELIGCHK
018500             SET CAP-OVER-UPPER TO TRUE                           ELIGCHK
018600     END-EVALUATE.                                                ELIGCHK
018700 2000-EXIT.                                                       ELIGCHK
018800     EXIT.                                                        ELIGCHK
018900*                                                                 ELIGCHK
019000*----------------------------------------------------------------*ELIGCHK
019100* 3100  STATE PENSION - PAYABLE ABROAD, NO CAPITAL TEST          *ELIGCHK
019200*----------------------------------------------------------------*ELIGCHK
019300 3100-STATE-PENSION-TABLE.                                        ELIGCHK
019400     EVALUATE WS-AGE          ALSO WS-RES-CLASS                   ELIGCHK
019500         WHEN 66 THRU 150     ALSO ANY                            ELIGCHK
019600             CONTINUE                                             ELIGCHK
019700         WHEN 0 THRU 65       ALSO ANY                            ELIGCHK
019800             MOVE WS-AGE TO WS-EDIT-AGE                           ELIGCHK
019900             PERFORM 8100-FAIL-SPA                                ELIGCHK
020000     END-EVALUATE.                                                ELIGCHK
020100*                                                                 ELIGCHK
020200*----------------------------------------------------------------*ELIGCHK
020300* 3200  PENSION CREDIT - OLDER PARTNER'S AGE, NO UPPER CAPITAL   *ELIGCHK
020400*----------------------------------------------------------------*ELIGCHK
020500 3200-PENSION-CREDIT-TABLE.                                       ELIGCHK
020600     EVALUATE WS-QUALIFYING-AGE ALSO WS-RES-CLASS                 ELIGCHK
020700                                ALSO WS-CAP-BAND                  ELIGCHK
020800         WHEN 0 THRU 65         ALSO ANY  ALSO ANY                ELIGCHK
020900             MOVE WS-QUALIFYING-AGE TO WS-EDIT-AGE                ELIGCHK
021000             PERFORM 8100-FAIL-SPA                                ELIGCHK
021100         WHEN 66 THRU 150       ALSO '9'  ALSO ANY                ELIGCHK
021200             PERFORM 8200-FAIL-ABROAD                             ELIGCHK
021300         WHEN 66 THRU 150       ALSO '8'  ALSO ANY                ELIGCHK
021400             PERFORM 8300-FAIL-NO-RECOURSE                        ELIGCHK
021500         WHEN 66 THRU 150       ALSO '7'  ALSO ANY                ELIGCHK
021600             PERFORM 8400-FAIL-NOT-HABITUAL                       ELIGCHK
021700         WHEN 66 THRU 150       ALSO ANY  ALSO '9'                ELIGCHK
021800             PERFORM 8500-FAIL-NEGATIVE-CAPITAL                   ELIGCHK
021900         WHEN 66 THRU 150       ALSO '1' THRU '3'                 ELIGCHK
022000                                ALSO NOT '9'                      ELIGCHK
022100             CONTINUE                                             ELIGCHK
022200         WHEN OTHER                                               ELIGCHK
022300             PERFORM 8900-REFER                                   ELIGCHK
022400     END-EVALUATE.                                                ELIGCHK
022500*                                                                 ELIGCHK
022600*----------------------------------------------------------------*ELIGCHK
022700* 3300  INCOME SUPPORT AND JOBSEEKER'S ALLOWANCE                 *ELIGCHK
022800*----------------------------------------------------------------*ELIGCHK
022900 3300-WORKING-AGE-TABLE.                                          ELIGCHK
023000     IF EP-JOBSEEKERS                                             ELIGCHK
023010         MOVE BC-JSA-MINIMUM-AGE TO WS-MINIMUM-AGE                CR3101
023100     ELSE                                                         ELIGCHK
023200         MOVE BC-MINIMUM-CLAIM-AGE TO WS-MINIMUM-AGE              ELIGCHK
023300     END-IF                                                       ELIGCHK
023400     IF WS-AGE < WS-MINIMUM-AGE                                   ELIGCHK
023500         MOVE WS-AGE TO WS-EDIT-AGE                               ELIGCHK
023600         PERFORM 8000-FAIL-MINIMUM-AGE                            ELIGCHK
023700     ELSE                                                         ELIGCHK
023800         EVALUATE TRUE          ALSO WS-RES-CLASS                 ELIGCHK
023900                                ALSO WS-CAP-BAND                  ELIGCHK
024000             WHEN AGE-PENSION   ALSO ANY ALSO ANY                 ELIGCHK
024100                 MOVE WS-AGE TO WS-EDIT-AGE                       ELIGCHK
024200                 PERFORM 8050-FAIL-MAXIMUM-AGE                    ELIGCHK
024300             WHEN AGE-WORKING   ALSO '9' ALSO ANY                 ELIGCHK
024400                 PERFORM 8200-FAIL-ABROAD                         ELIGCHK
024500             WHEN AGE-WORKING   ALSO '8' ALSO ANY                 ELIGCHK
024600                 PERFORM 8300-FAIL-NO-RECOURSE                    ELIGCHK
024700             WHEN AGE-WORKING   ALSO '7' ALSO ANY                 ELIGCHK
024800                 PERFORM 8400-FAIL-NOT-HABITUAL                   ELIGCHK
024900             WHEN AGE-WORKING   ALSO ANY ALSO '9'                 ELIGCHK
025000                 PERFORM 8500-FAIL-NEGATIVE-CAPITAL               ELIGCHK
025100             WHEN AGE-WORKING   ALSO ANY ALSO '3'                 ELIGCHK
025200                 PERFORM 8600-FAIL-CAPITAL-LIMIT                  ELIGCHK
025300             WHEN AGE-WORKING   ALSO '1' THRU '3'                 ELIGCHK
025400                                ALSO '1' THRU '2'                 ELIGCHK
025500                 CONTINUE                                         ELIGCHK
025600             WHEN OTHER                                           ELIGCHK
025700                 PERFORM 8900-REFER                               ELIGCHK
025800         END-EVALUATE                                             ELIGCHK
025900     END-IF.                                                      ELIGCHK
026000*                                                                 ELIGCHK
026100*----------------------------------------------------------------*ELIGCHK
026200* 3400  CARER'S ALLOWANCE - NOT MEANS TESTED, NO UPPER AGE       *ELIGCHK
026300*----------------------------------------------------------------*ELIGCHK
026400 3400-CARERS-TABLE.                                               ELIGCHK
026500     EVALUATE WS-AGE            ALSO WS-RES-CLASS                 ELIGCHK
026600         WHEN 0 THRU 15         ALSO ANY                          ELIGCHK
026700             MOVE WS-AGE TO WS-EDIT-AGE                           ELIGCHK
026800             MOVE BC-MINIMUM-CLAIM-AGE TO WS-MINIMUM-AGE          ELIGCHK
026900             PERFORM 8000-FAIL-MINIMUM-AGE                        ELIGCHK
027000         WHEN ANY               ALSO '9'                          ELIGCHK
027100             PERFORM 8200-FAIL-ABROAD                             ELIGCHK
027200         WHEN ANY               ALSO '7'                          ELIGCHK
027300             PERFORM 8400-FAIL-NOT-HABITUAL                       ELIGCHK
027400         WHEN 16 THRU 150       ALSO '1' THRU '3'                 ELIGCHK
027500             CONTINUE                                             ELIGCHK
027600         WHEN OTHER                                               ELIGCHK
027700             PERFORM 8900-REFER                                   ELIGCHK
027800     END-EVALUATE.                                                ELIGCHK
027900*                                                                 ELIGCHK
028000*----------------------------------------------------------------*ELIGCHK
028100* 4000  R-INC-01 WORK AND EARNINGS CONDITIONS                    *ELIGCHK
028200*----------------------------------------------------------------*ELIGCHK
028300 4000-INCOME-RULE.                                                ELIGCHK
028400     EVALUATE TRUE                                                ELIGCHK
028500         WHEN EP-STATE-PENSION                                    ELIGCHK
028600         WHEN EP-PENSION-CREDIT                                   ELIGCHK
028700             CONTINUE                                             ELIGCHK
028800         WHEN EP-CARERS-ALLOWANCE                                 ELIGCHK
028810             IF EP-WEEKLY-EARNINGS > BC-CARER-EARNINGS-LIMIT      CR3250
028900                 SET EP-INELIGIBLE TO TRUE                        ELIGCHK
029000                 MOVE 'R-INC-01' TO EP-REASON-CODE                ELIGCHK
029100                 MOVE EP-WEEKLY-EARNINGS TO WS-EDIT-AMOUNT        ELIGCHK
029200                 STRING 'EARNINGS OF ' WS-EDIT-AMOUNT             ELIGCHK
029300                        ' A WEEK EXCEED THE LIMIT'                ELIGCHK
029400                        DELIMITED BY SIZE INTO EP-REASON-TEXT     ELIGCHK
029500             END-IF                                               ELIGCHK
029600         WHEN EP-HOURS-WORKED NOT < BC-REMUNERATIVE-HOURS         ELIGCHK
029700             SET EP-INELIGIBLE TO TRUE                            ELIGCHK
029800             MOVE 'R-INC-01' TO EP-REASON-CODE                    ELIGCHK
029900             MOVE EP-HOURS-WORKED TO WS-EDIT-HOURS                ELIGCHK
030000             STRING 'CLAIMANT WORKS ' WS-EDIT-HOURS               ELIGCHK
030100                    ' HOURS A WEEK (LIMIT 16)'                    ELIGCHK
030200                    DELIMITED BY SIZE INTO EP-REASON-TEXT         ELIGCHK
030300         WHEN EP-HAS-PARTNER                                      ELIGCHK
030400          AND EP-PARTNER-HOURS NOT < BC-PARTNER-REMUN-HOURS       ELIGCHK
030500             SET EP-INELIGIBLE TO TRUE                            ELIGCHK
030600             MOVE 'R-INC-01' TO EP-REASON-CODE                    ELIGCHK
030700             MOVE EP-PARTNER-HOURS TO WS-EDIT-HOURS               ELIGCHK
030800             STRING 'PARTNER WORKS ' WS-EDIT-HOURS                ELIGCHK
030900                    ' HOURS A WEEK (LIMIT 24)'                    ELIGCHK
031000                    DELIMITED BY SIZE INTO EP-REASON-TEXT         ELIGCHK
031100         WHEN OTHER                                               ELIGCHK
031200             CONTINUE                                             ELIGCHK
031300     END-EVALUATE.                                                ELIGCHK
031400*                                                                 ELIGCHK
031500*----------------------------------------------------------------*ELIGCHK
031600* 8000-8900  FAILURE REASONS                                     *ELIGCHK
031700*----------------------------------------------------------------*ELIGCHK
031800 8000-FAIL-MINIMUM-AGE.                                           ELIGCHK
031900     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
032000     MOVE 'R-AGE-01' TO EP-REASON-CODE                            ELIGCHK
032100     STRING 'CLAIMANT IS AGED ' WS-EDIT-AGE                       ELIGCHK
032200            ' - BELOW THE MINIMUM AGE FOR THIS BENEFIT'           ELIGCHK
032300            DELIMITED BY SIZE INTO EP-REASON-TEXT.                ELIGCHK
032400*                                                                 ELIGCHK
032500 8050-FAIL-MAXIMUM-AGE.                                           ELIGCHK
032600     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
032700     MOVE 'R-AGE-01' TO EP-REASON-CODE                            ELIGCHK
032800     STRING 'CLAIMANT IS AGED ' WS-EDIT-AGE                       ELIGCHK
032900            ' - OVER THE MAXIMUM AGE OF 65'                       ELIGCHK
033000            DELIMITED BY SIZE INTO EP-REASON-TEXT.                ELIGCHK
033100*                                                                 ELIGCHK
033200 8100-FAIL-SPA.                                                   ELIGCHK
033300     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
033400     MOVE 'R-AGE-SPA' TO EP-REASON-CODE                           ELIGCHK
033500     STRING 'AGED ' WS-EDIT-AGE                                   ELIGCHK
033600            ' - STATE PENSION AGE OF 66 NOT REACHED'              ELIGCHK
033700            DELIMITED BY SIZE INTO EP-REASON-TEXT.                ELIGCHK
033800*                                                                 ELIGCHK
033900 8200-FAIL-ABROAD.                                                ELIGCHK
034000     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
034100     MOVE 'R-RES-01' TO EP-REASON-CODE                            ELIGCHK
034200     MOVE 'NOT PAYABLE TO A CLAIMANT LIVING OUTSIDE THE UK'       ELIGCHK
034300       TO EP-REASON-TEXT.                                         ELIGCHK
034400*                                                                 ELIGCHK
034500 8300-FAIL-NO-RECOURSE.                                           ELIGCHK
034600     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
034700     MOVE 'R-RES-01' TO EP-REASON-CODE                            ELIGCHK
034800     MOVE 'SUBJECT TO IMMIGRATION CONTROL - NO PUBLIC FUNDS'      ELIGCHK
034900       TO EP-REASON-TEXT.                                         ELIGCHK
035000*                                                                 ELIGCHK
035100 8400-FAIL-NOT-HABITUAL.                                          ELIGCHK
035200     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
035300     MOVE 'R-RES-01' TO EP-REASON-CODE                            ELIGCHK
035400     MOVE 'NOT HABITUALLY RESIDENT IN THE COMMON TRAVEL AREA'     ELIGCHK
035500       TO EP-REASON-TEXT.                                         ELIGCHK
035600*                                                                 ELIGCHK
035700 8500-FAIL-NEGATIVE-CAPITAL.                                      ELIGCHK
035800     SET EP-REFER-TO-OFFICER TO TRUE                              ELIGCHK
035900     MOVE 'R-CAP-01' TO EP-REASON-CODE                            ELIGCHK
036000     MOVE 'CAPITAL CANNOT BE NEGATIVE - CHECK THE DECLARED AMOUNT'ELIGCHK
036100       TO EP-REASON-TEXT.                                         ELIGCHK
036200*                                                                 ELIGCHK
036300 8600-FAIL-CAPITAL-LIMIT.                                         ELIGCHK
036400     SET EP-INELIGIBLE TO TRUE                                    ELIGCHK
036500     MOVE 'R-CAP-01' TO EP-REASON-CODE                            ELIGCHK
036600     MOVE EP-CAPITAL TO WS-EDIT-AMOUNT                            ELIGCHK
036700     STRING 'CAPITAL OF ' WS-EDIT-AMOUNT                          ELIGCHK
036800            ' EXCEEDS THE LIMIT OF 16,000.00'                     ELIGCHK
036900            DELIMITED BY SIZE INTO EP-REASON-TEXT.                ELIGCHK
037000*                                                                 ELIGCHK
037100 8900-REFER.                                                      ELIGCHK
037200     SET EP-REFER-TO-OFFICER TO TRUE                              ELIGCHK
037300     MOVE 'R-GEN-00' TO EP-REASON-CODE                            ELIGCHK
037400     MOVE 'CIRCUMSTANCES NOT COVERED BY THE RULES - REFER'        ELIGCHK
037500       TO EP-REASON-TEXT.                                         ELIGCHK
037600*                                                                 ELIGCHK
037700 9000-RETURN.                                                     ELIGCHK
037800     GOBACK.                                                      ELIGCHK
037900*                                                                 ELIGCHK
038000*----------------------------------------------------------------*ELIGCHK
038100* 9900  HABITUAL RESIDENCE TEST AS IT WAS BEFORE CR1630 (EEA     *ELIGCHK
038200*       ACCESSION, MAY 2004).  NO LONGER PERFORMED - KEPT FOR    *ELIGCHK
038300*       THE APPEALS TRIBUNAL, WHO ASK HOW OLD DECISIONS WERE     *ELIGCHK
038400*       MADE.  DO NOT DELETE WITHOUT ASKING DECISION MAKING.     *ELIGCHK
038500*----------------------------------------------------------------*ELIGCHK
038600 9900-OLD-HRT-CHECK.                                              ELIGCHK
038700     IF EP-HABITUALLY-RESIDENT = 'Y'                              ELIGCHK
038800         SET RES-HABITUAL TO TRUE                                 ELIGCHK
038900     ELSE                                                         ELIGCHK
039000         IF WS-RES-HRT-EXEMPT                                     ELIGCHK
039100             SET RES-UK-OR-EXEMPT TO TRUE                         ELIGCHK
039200         ELSE                                                     ELIGCHK
039300             SET RES-NOT-HABITUAL TO TRUE                         ELIGCHK
039400         END-IF                                                   ELIGCHK
039500     END-IF.                                                      ELIGCHK
