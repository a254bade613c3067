000100*================================================================*PAYCALC
000200*                                                                *PAYCALC
000300*  PROGRAM     PAYCALC                                           *PAYCALC
000400*  TITLE       WEEKLY AMOUNT AND PAYMENT CALCULATION             *PAYCALC
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *PAYCALC
000600*                                                                *PAYCALC
000700*  CALLED BY   BENPAY01                                          *PAYCALC
000800*  INTERFACE   CALL 'PAYCALC' USING CL-CLAIM-RECORD    (CLAIMREC)*PAYCALC
000900*                                   WS-RATE-TABLE      (RATETAB) *PAYCALC
001000*                                   PC-CALC-AREA       (PAYCPARM)*PAYCALC
001100*  CALLS       PAYRND  (DYNAMIC, VIA WS-PGM-NAME)                *PAYCALC
001200*                                                                *PAYCALC
001300*  WEEKLY AMOUNT =  PERSONAL ALLOWANCE                           *PAYCALC
001400*                 + PREMIUMS (FAMILY, CHILD, DISABILITY, CARER)  *PAYCALC
001500*                 - TARIFF INCOME FROM CAPITAL                   *PAYCALC
001600*                     1.00 PER 250.00 OR PART ABOVE 6,000        *PAYCALC
001700*                     (PENSION CREDIT 1.00 PER 500.00 ABOVE      *PAYCALC
001800*                     10,000)                                    *PAYCALC
001900*                 - EARNINGS ABOVE THE DISREGARD (TAPER 100%)    *PAYCALC
002000*                 ROUNDED TO THE PENNY; UNDER 10P IS NOT PAID.   *PAYCALC
002100*  PAYMENT       =  WEEKLY AMOUNT FOR EACH WHOLE WEEK OF THE     *PAYCALC
002200*                   PERIOD, PART WEEKS PRO RATA ROUNDED DOWN,    *PAYCALC
002300*                 - OVERPAYMENT RECOVERY (CE 15%, FR 40% OF THE  *PAYCALC
002400*                   WEEKLY AMOUNT, NEVER BELOW THE 10P MINIMUM   *PAYCALC
002500*                   AND NEVER MORE THAN THE DEBT OUTSTANDING).   *PAYCALC
002600*  SAME RULES AS com.acme.benefits.rules.AmountCalculator AND    *PAYCALC
002700*  RecoveryRateCalculator.                                       *PAYCALC
002800*                                                                *PAYCALC
002900*  CHANGE HISTORY                                                *PAYCALC
003000*  11/02/02 RK          ORIGINAL                                 *PAYCALC
003100*  10/02/03 JB  CR1195  OVERPAYMENT RECOVERY                     *PAYCALC
003200*  11/04/03 JB  CR1234  TARIFF INCOME BANDS                      *PAYCALC
003300*  04/12/03 JB  CR1425  PENSION CREDIT ADDITIONS                 *PAYCALC
003400*  12/04/04 TW  CR1612  HIGHER DISREGARD FOR CARERS              *PAYCALC
003500*  30/05/06 KT  CR2444  FRAUD RECOVERY 40%, AGREED WEEKLY RATE   *PAYCALC
003600*  06/04/09 AS  CR3101  JSA UNDER 25 RATE                        *PAYCALC
003700*  05/05/09 AS  CR3120  PRO-RATA PART WEEKS                      *PAYCALC
003800*                                                                *PAYCALC
003900*================================================================*PAYCALC
004000 IDENTIFICATION DIVISION.                                         PAYCALC
004100 PROGRAM-ID.    PAYCALC.                                          PAYCALC
004200 AUTHOR.        R KHAN.                                           PAYCALC
004300 DATE-WRITTEN.  FEBRUARY 2002.                                    PAYCALC
004400 ENVIRONMENT DIVISION.                                            PAYCALC
004500 CONFIGURATION SECTION.                                           PAYCALC
004600 SOURCE-COMPUTER. IBM-390 WITH DEBUGGING MODE.                    PAYCALC
004700 OBJECT-COMPUTER. IBM-390.                                        PAYCALC
004800 DATA DIVISION.                                                   PAYCALC
004900 WORKING-STORAGE SECTION.                                         PAYCALC
005000 01  WS-PGM-NAME                 PIC X(8)  VALUE 'PAYRND'.        PAYCALC
005100     COPY BENCONST.                                               PAYCALC
005200     COPY RNDPARM.                                                PAYCALC
005300 01  WS-RATE-LOOKUP.                                              PAYCALC
005400     05  WS-SEARCH-KEY.                                           PAYCALC
005500         10  WS-SEARCH-BENEFIT   PIC X(3).                        PAYCALC
005600         10  WS-SEARCH-CODE      PIC X(16).                       PAYCALC
005700     05  WS-RATE-FOUND           PIC S9(7)V99 COMP-3.             PAYCALC
005800     05  WS-RATE-SW              PIC X.                           PAYCALC
005900         88  WS-RATE-WAS-FOUND       VALUE 'Y'.                   PAYCALC
006000         88  WS-RATE-NOT-FOUND       VALUE 'N'.                   PAYCALC
006100     05  WS-RATE-OPTIONAL-SW     PIC X.                           PAYCALC
006200         88  WS-RATE-OPTIONAL        VALUE 'Y'.                   PAYCALC
006300         88  WS-RATE-MANDATORY       VALUE 'N'.                   PAYCALC
006400 01  WS-CALC-WORK.                                                PAYCALC
006500     05  WS-CHILD-COUNT          PIC S9(4)       COMP.            PAYCALC
006600     05  WS-CAPITAL-LOWER        PIC S9(7)V99    COMP-3.          PAYCALC
006700     05  WS-TARIFF-STEP          PIC S9(5)V99    COMP-3.          PAYCALC
006800     05  WS-CAPITAL-EXCESS       PIC S9(9)V99    COMP-3.          PAYCALC
006900     05  WS-TARIFF-STEPS         PIC S9(7)       COMP-3.          PAYCALC
007000     05  WS-STEP-REMAINDER       PIC S9(7)V99    COMP-3.          PAYCALC
007100     05  WS-DISREGARD            PIC S9(5)V99    COMP-3.          PAYCALC
007200     05  WS-TAPER-RATE           PIC S9V99       COMP-3           PAYCALC
007300                                                 VALUE 1.00.      PAYCALC
007400     05  WS-GROSS-4DP            PIC S9(9)V9(4)  COMP-3.          PAYCALC
007500     05  WS-WHOLE-WEEKS          PIC S9(4)       COMP.            PAYCALC
007600     05  WS-ODD-DAYS             PIC S9(4)       COMP.            PAYCALC
007700     05  WS-PART-WEEK-AMOUNT     PIC S9(7)V99    COMP-3.          PAYCALC
007800     05  WS-RECOVERY-PCT         PIC S9(3)V99    COMP-3.          PAYCALC
007900     05  WS-RECOVERY-WEEKLY      PIC S9(7)V99    COMP-3.          PAYCALC
008000     05  WS-RECOVERY-CEILING     PIC S9(7)V99    COMP-3.          PAYCALC
008100     05  WS-RECOVERY-WEEKS       PIC S9(4)       COMP.            PAYCALC
008200 01  WS-DEBUG-LINE.                                               PAYCALC
008300     05  FILLER                  PIC X(8)  VALUE 'PAYCALC '.      PAYCALC
008400     05  WS-DBG-CLAIM            PIC 9(9).                        PAYCALC
008500     05  FILLER                  PIC X     VALUE SPACE.           PAYCALC
008600     05  WS-DBG-LABEL            PIC X(12).                       PAYCALC
008700     05  WS-DBG-AMOUNT           PIC Z,ZZZ,ZZ9.99-.               PAYCALC
008800 LINKAGE SECTION.                                                 PAYCALC
008900     COPY CLAIMREC REPLACING LEADING ==CL-== BY ==LK-==.          PAYCALC
009000     COPY RATETAB REPLACING ==:PFX:== BY ==LK==.                  PAYCALC
009100     COPY PAYCPARM.                                               PAYCALC
009200/                                                                 PAYCALC
009300 PROCEDURE DIVISION USING LK-CLAIM-RECORD                         PAYCALC
009400                          LK-RATE-TABLE                           PAYCALC
009500                          PC-CALC-AREA.                           PAYCALC
009600 0000-MAIN.                                                       PAYCALC
009700     PERFORM 1000-INITIALISE                                      PAYCALC
009800     PERFORM 2000-PERSONAL-ALLOWANCE                              PAYCALC
009900     IF PC-CALC-OK                                                PAYCALC
010000         PERFORM 3000-PREMIUMS                                    PAYCALC
010100         IF LK-MEANS-TESTED                                       PAYCALC
010200             PERFORM 4000-TARIFF-INCOME                           PAYCALC
010300             PERFORM 5000-EARNINGS-TAPER                          PAYCALC
010400         END-IF                                                   PAYCALC
010500         PERFORM 6000-WEEKLY-AMOUNT                               PAYCALC
010600     END-IF                                                       PAYCALC
010700     IF PC-CALC-OK                                                PAYCALC
010800         PERFORM 7000-PERIOD-AMOUNT                               PAYCALC
010900         PERFORM 7500-RECOVERY-DEDUCTION                          PAYCALC
011000     END-IF                                                       PAYCALC
011100D    MOVE LK-CLAIM-ID TO WS-DBG-CLAIM                             PAYCALC
011200D    MOVE 'NET PAYMENT' TO WS-DBG-LABEL                           PAYCALC
011300D    MOVE PC-NET-PAYMENT-AMOUNT TO WS-DBG-AMOUNT                  PAYCALC
011400D    DISPLAY WS-DEBUG-LINE                                        PAYCALC
011500     GOBACK.                                                      PAYCALC
011600*                                                                 PAYCALC
011700 1000-INITIALISE.                                                 PAYCALC
011800     INITIALIZE PC-OUTPUT                                         PAYCALC
011900     SET PC-CALC-OK TO TRUE                                       PAYCALC
012000     MOVE ZERO TO WS-CHILD-COUNT.                                 PAYCALC
012100*                                                                 PAYCALC
012200*----------------------------------------------------------------*PAYCALC
012300* 2000  PERSONAL ALLOWANCE - RATE CODE DEPENDS ON BENEFIT,       *PAYCALC
012400*       PARTNER, LONE PARENT AND AGE (SAME AS BenefitType)       *PAYCALC
012500*----------------------------------------------------------------*PAYCALC
012600 2000-PERSONAL-ALLOWANCE.                                         PAYCALC
012700     MOVE LK-BENEFIT-TYPE TO WS-SEARCH-BENEFIT                    PAYCALC
012800     EVALUATE TRUE                                                PAYCALC
012900         WHEN LK-STATE-PENSION                                    PAYCALC
013000             MOVE 'SP_BASIC' TO WS-SEARCH-CODE                    PAYCALC
013100         WHEN LK-PENSION-CREDIT                                   PAYCALC
013200             IF LK-HAS-PARTNER                                    PAYCALC
013300                 MOVE 'PC_GC_CPL' TO WS-SEARCH-CODE               PAYCALC
013400             ELSE                                                 PAYCALC
013500                 MOVE 'PC_GC_SGL' TO WS-SEARCH-CODE               PAYCALC
013600             END-IF                                               PAYCALC
013700         WHEN LK-JOBSEEKERS                                       PAYCALC
013800             EVALUATE TRUE                                        PAYCALC
013900                 WHEN LK-HAS-PARTNER                              PAYCALC
014000                     MOVE 'JSA_CPL' TO WS-SEARCH-CODE             PAYCALC
014010                 WHEN PC-CLAIMANT-AGE < BC-HIGHER-RATE-AGE        CR3101
014020                     MOVE 'JSA_U25' TO WS-SEARCH-CODE             CR3101
014100                 WHEN OTHER                                       PAYCALC
014200                     MOVE 'JSA_25PLUS' TO WS-SEARCH-CODE          PAYCALC
014300             END-EVALUATE                                         PAYCALC
014400         WHEN LK-INCOME-SUPPORT                                   PAYCALC
014500             EVALUATE TRUE                                        PAYCALC
014600                 WHEN LK-HAS-PARTNER                              PAYCALC
014700                     MOVE 'IS_CPL' TO WS-SEARCH-CODE              PAYCALC
014800                 WHEN LK-LONE-PARENT AND PC-CLAIMANT-AGE < 18     PAYCALC
014900                     MOVE 'IS_LP_U18' TO WS-SEARCH-CODE           PAYCALC
015000                 WHEN LK-LONE-PARENT                              PAYCALC
015100                     MOVE 'IS_LP' TO WS-SEARCH-CODE               PAYCALC
015200                 WHEN PC-CLAIMANT-AGE < BC-HIGHER-RATE-AGE        PAYCALC
015300                     MOVE 'IS_U25' TO WS-SEARCH-CODE              PAYCALC
015400                 WHEN OTHER                                       PAYCALC
015500                     MOVE 'IS_25PLUS' TO WS-SEARCH-CODE           PAYCALC
015600             END-EVALUATE                                         PAYCALC
015700         WHEN LK-CARERS-ALLOWANCE                                 PAYCALC
015800             MOVE 'CA_STD' TO WS-SEARCH-CODE                      PAYCALC
015900         WHEN OTHER                                               PAYCALC
016000             SET PC-CALC-NO-RATE TO TRUE                          PAYCALC
016100             MOVE 'NO PERSONAL ALLOWANCE FOR THIS BENEFIT TYPE'   PAYCALC
016200               TO PC-MESSAGE                                      PAYCALC
016300     END-EVALUATE                                                 PAYCALC
016400     IF PC-CALC-OK                                                PAYCALC
016500         SET WS-RATE-MANDATORY TO TRUE                            PAYCALC
016600         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
016700         MOVE WS-SEARCH-CODE TO PC-RATE-CODE-USED                 PAYCALC
016800         MOVE WS-RATE-FOUND  TO PC-PERSONAL-ALLOWANCE             PAYCALC
016900     END-IF.                                                      PAYCALC
017000*                                                                 PAYCALC
017100*    SEARCH ALL NEEDS THE TABLE IN KEY ORDER - BENPAY01 LOADS IT  PAYCALC
017200*    WITH ORDER BY BENEFIT_TYPE, RATE_CODE AND HIGH-VALUES AFTER  PAYCALC
017300*    THE LAST ROW.  A MISSING OPTIONAL RATE (A PREMIUM THAT IS    PAYCALC
017400*    NOT PAID ON THIS BENEFIT) COUNTS AS ZERO.                    PAYCALC
017500 2900-LOOKUP-RATE.                                                PAYCALC
017600     MOVE ZERO TO WS-RATE-FOUND                                   PAYCALC
017700     SET WS-RATE-NOT-FOUND TO TRUE                                PAYCALC
017800     SEARCH ALL LK-RT-ENTRY                                       PAYCALC
017900         AT END                                                   PAYCALC
018000             IF WS-RATE-MANDATORY                                 PAYCALC
018100                 SET PC-CALC-NO-RATE TO TRUE                      PAYCALC
018200                 STRING 'NO RATE HELD FOR ' WS-SEARCH-BENEFIT     PAYCALC
018300                        '/' WS-SEARCH-CODE                        PAYCALC
018400                        DELIMITED BY SIZE INTO PC-MESSAGE         PAYCALC
018500             END-IF                                               PAYCALC
018600         WHEN LK-RT-KEY (LK-RT-IDX) = WS-SEARCH-KEY               PAYCALC
018700             SET WS-RATE-WAS-FOUND TO TRUE                        PAYCALC
018800             MOVE LK-RT-WEEKLY-RATE (LK-RT-IDX) TO WS-RATE-FOUND  PAYCALC
018900     END-SEARCH.                                                  PAYCALC
019000*                                                                 PAYCALC
019100*----------------------------------------------------------------*PAYCALC
019200* 3000  PREMIUMS AND ADDITIONS                                   *PAYCALC
019300*----------------------------------------------------------------*PAYCALC
019400 3000-PREMIUMS.                                                   PAYCALC
019500     SET WS-RATE-OPTIONAL TO TRUE                                 PAYCALC
019600     EVALUATE TRUE                                                PAYCALC
019700         WHEN LK-INCOME-SUPPORT                                   PAYCALC
019800         WHEN LK-JOBSEEKERS                                       PAYCALC
019900             PERFORM 3100-FAMILY-PREMIUMS                         PAYCALC
020000             PERFORM 3200-PERSONAL-PREMIUMS                       PAYCALC
020100         WHEN LK-PENSION-CREDIT                                   PAYCALC
020200             PERFORM 3300-PENSION-ADDITIONS                       PAYCALC
020300         WHEN OTHER                                               PAYCALC
020400             CONTINUE                                             PAYCALC
020500     END-EVALUATE.                                                PAYCALC
020600*                                                                 PAYCALC
020700 3100-FAMILY-PREMIUMS.                                            PAYCALC
020800     PERFORM VARYING LK-DEP-IDX FROM 1 BY 1                       PAYCALC
020900             UNTIL LK-DEP-IDX > LK-DEPENDANT-COUNT                PAYCALC
021000                OR LK-DEP-IDX > 6                                 PAYCALC
021100         IF LK-DEP-AGE (LK-DEP-IDX) < BC-CHILD-AGE-LIMIT          PAYCALC
021200         OR (LK-DEP-AGE (LK-DEP-IDX) < BC-QUALIFYING-YOUNG-LIMIT  PAYCALC
021300             AND LK-DEP-IN-EDUCATION (LK-DEP-IDX))                PAYCALC
021400             ADD 1 TO WS-CHILD-COUNT                              PAYCALC
021500             IF LK-DEP-DISABLED (LK-DEP-IDX)                      PAYCALC
021600                 MOVE 'DEP_CHILD_DIS' TO WS-SEARCH-CODE           PAYCALC
021700             ELSE                                                 PAYCALC
021800                 MOVE 'DEP_CHILD' TO WS-SEARCH-CODE               PAYCALC
021900             END-IF                                               PAYCALC
022000             PERFORM 2900-LOOKUP-RATE                             PAYCALC
022100             ADD WS-RATE-FOUND TO PC-PREMIUMS                     PAYCALC
022200         END-IF                                                   PAYCALC
022300     END-PERFORM                                                  PAYCALC
022400     IF WS-CHILD-COUNT > ZERO                                     PAYCALC
022500         MOVE 'FAMILY_PREM' TO WS-SEARCH-CODE                     PAYCALC
022600         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
022700         ADD WS-RATE-FOUND TO PC-PREMIUMS                         PAYCALC
022800     END-IF.                                                      PAYCALC
022900*                                                                 PAYCALC
023000 3200-PERSONAL-PREMIUMS.                                          PAYCALC
023100     IF LK-DISABLED                                               PAYCALC
023200         IF LK-HAS-PARTNER                                        PAYCALC
023300             MOVE 'DIS_PREM_CPL' TO WS-SEARCH-CODE                PAYCALC
023400         ELSE                                                     PAYCALC
023500             MOVE 'DIS_PREM_SGL' TO WS-SEARCH-CODE                PAYCALC
023600         END-IF                                                   PAYCALC
023700         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
023800         ADD WS-RATE-FOUND TO PC-PREMIUMS                         PAYCALC
023900     END-IF                                                       PAYCALC
024000     IF LK-CARER                                                  PAYCALC
024100         MOVE 'CARER_PREM' TO WS-SEARCH-CODE                      PAYCALC
024200         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
024300         ADD WS-RATE-FOUND TO PC-PREMIUMS                         PAYCALC
024400     END-IF.                                                      PAYCALC
024500*                                                                 PAYCALC
024600 3300-PENSION-ADDITIONS.                                          PAYCALC
024700     IF LK-DISABLED AND NOT LK-HAS-PARTNER                        PAYCALC
024800         MOVE 'SEVERE_DIS_ADD' TO WS-SEARCH-CODE                  PAYCALC
024900         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
025000         ADD WS-RATE-FOUND TO PC-PREMIUMS                         PAYCALC
025100     END-IF                                                       PAYCALC
025200     IF LK-CARER                                                  PAYCALC
025300         MOVE 'CARER_ADD' TO WS-SEARCH-CODE                       PAYCALC
025400         PERFORM 2900-LOOKUP-RATE                                 PAYCALC
025500         ADD WS-RATE-FOUND TO PC-PREMIUMS                         PAYCALC
025600     END-IF.                                                      PAYCALC
025700*                                                                 PAYCALC
025800*----------------------------------------------------------------*PAYCALC
025900* 4000  TARIFF INCOME - 1.00 A WEEK FOR EACH COMPLETE OR PART    *PAYCALC
026000*       STEP OF CAPITAL ABOVE THE LOWER LIMIT (CR1234)           *PAYCALC
026100*----------------------------------------------------------------*PAYCALC
026200 4000-TARIFF-INCOME.                                              PAYCALC
026300     IF LK-PENSION-CREDIT                                         PAYCALC
026400         MOVE BC-PC-CAPITAL-LOWER-LIMIT TO WS-CAPITAL-LOWER       PAYCALC
026500         MOVE BC-PC-TARIFF-STEP         TO WS-TARIFF-STEP         PAYCALC
026600     ELSE                                                         PAYCALC
026700         MOVE BC-CAPITAL-LOWER-LIMIT    TO WS-CAPITAL-LOWER       PAYCALC
026800         MOVE BC-TARIFF-STEP            TO WS-TARIFF-STEP         PAYCALC
026900     END-IF                                                       PAYCALC
027000     SUBTRACT WS-CAPITAL-LOWER FROM LK-CAPITAL                    PAYCALC
027100                               GIVING WS-CAPITAL-EXCESS           PAYCALC
027200     IF WS-CAPITAL-EXCESS > ZERO                                  PAYCALC
027300         DIVIDE WS-CAPITAL-EXCESS BY WS-TARIFF-STEP               PAYCALC
027400             GIVING WS-TARIFF-STEPS                               PAYCALC
027500             REMAINDER WS-STEP-REMAINDER                          PAYCALC
027600         IF WS-STEP-REMAINDER > ZERO                              PAYCALC
027700             ADD 1 TO WS-TARIFF-STEPS                             PAYCALC
027800         END-IF                                                   PAYCALC
027900         MULTIPLY WS-TARIFF-STEPS BY 1.00                         PAYCALC
028000             GIVING PC-TARIFF-INCOME                              PAYCALC
028100             ON SIZE ERROR                                        PAYCALC
028200                 SET PC-CALC-OVERFLOW TO TRUE                     PAYCALC
028300                 MOVE 'TARIFF INCOME OVERFLOW' TO PC-MESSAGE      PAYCALC
028400         END-MULTIPLY                                             PAYCALC
028500     ELSE                                                         PAYCALC
028600         MOVE ZERO TO PC-TARIFF-INCOME                            PAYCALC
028700     END-IF.                                                      PAYCALC
028800*                                                                 PAYCALC
028900*----------------------------------------------------------------*PAYCALC
029000* 5000  EARNINGS TAPER - DISREGARD 5.00 SINGLE, 10.00 COUPLE,    *PAYCALC
029100*       20.00 DISABLED, CARER OR IS LONE PARENT (CR1612)         *PAYCALC
029200*----------------------------------------------------------------*PAYCALC
029300 5000-EARNINGS-TAPER.                                             PAYCALC
029400     EVALUATE TRUE                                                PAYCALC
029500         WHEN LK-DISABLED                                         PAYCALC
029600         WHEN LK-CARER                                            PAYCALC
029700             MOVE BC-DISREGARD-HIGHER TO WS-DISREGARD             PAYCALC
029800         WHEN LK-INCOME-SUPPORT AND LK-LONE-PARENT                PAYCALC
029900             MOVE BC-DISREGARD-HIGHER TO WS-DISREGARD             PAYCALC
030000         WHEN LK-HAS-PARTNER                                      PAYCALC
030100             MOVE BC-DISREGARD-COUPLE TO WS-DISREGARD             PAYCALC
030200         WHEN OTHER                                               PAYCALC
030300             MOVE BC-DISREGARD-SINGLE TO WS-DISREGARD             PAYCALC
030400     END-EVALUATE                                                 PAYCALC
030500     IF LK-WEEKLY-EARNINGS > WS-DISREGARD                         PAYCALC
030600         COMPUTE PC-EARNINGS-DEDUCTION ROUNDED =                  PAYCALC
030700                 (LK-WEEKLY-EARNINGS - WS-DISREGARD)              PAYCALC
030800                 * WS-TAPER-RATE                                  PAYCALC
030900             ON SIZE ERROR                                        PAYCALC
031000                 SET PC-CALC-OVERFLOW TO TRUE                     PAYCALC
031100                 MOVE 'EARNINGS DEDUCTION OVERFLOW' TO PC-MESSAGE PAYCALC
031200         END-COMPUTE                                              PAYCALC
031300     ELSE                                                         PAYCALC
031400         MOVE ZERO TO PC-EARNINGS-DEDUCTION                       PAYCALC
031500     END-IF.                                                      PAYCALC
031600*                                                                 PAYCALC
031700*----------------------------------------------------------------*PAYCALC
031800* 6000  WEEKLY AMOUNT ROUNDED TO THE PENNY; BELOW 10P NOT PAID   *PAYCALC
031900*----------------------------------------------------------------*PAYCALC
032000 6000-WEEKLY-AMOUNT.                                              PAYCALC
032100     IF NOT PC-CALC-OK                                            PAYCALC
032200         NEXT SENTENCE                                            PAYCALC
032300     ELSE                                                         PAYCALC
032400         COMPUTE WS-GROSS-4DP ROUNDED =                           PAYCALC
032500                 PC-PERSONAL-ALLOWANCE + PC-PREMIUMS              PAYCALC
032600               - PC-TARIFF-INCOME - PC-EARNINGS-DEDUCTION         PAYCALC
032700             ON SIZE ERROR                                        PAYCALC
032800                 SET PC-CALC-OVERFLOW TO TRUE                     PAYCALC
032900                 MOVE 'WEEKLY AMOUNT OVERFLOW' TO PC-MESSAGE      PAYCALC
033000         END-COMPUTE                                              PAYCALC
033100         IF WS-GROSS-4DP < ZERO                                   PAYCALC
033200             MOVE ZERO TO WS-GROSS-4DP                            PAYCALC
033300         END-IF                                                   PAYCALC
033400         MOVE 'H'                TO RP-FUNCTION                   PAYCALC
033500         MOVE 'Y'                TO RP-APPLY-MINIMUM              PAYCALC
033600         MOVE WS-GROSS-4DP       TO RP-AMOUNT-IN                  PAYCALC
033700         MOVE BC-MINIMUM-PAYMENT TO RP-MINIMUM                    PAYCALC
033800         PERFORM 8000-CALL-ROUNDING                               PAYCALC
033900         MOVE RP-AMOUNT-OUT TO PC-GROSS-WEEKLY-AMOUNT             PAYCALC
034000         IF PC-GROSS-WEEKLY-AMOUNT = ZERO AND PC-CALC-OK          PAYCALC
034100             SET PC-CALC-NIL-AWARD TO TRUE                        PAYCALC
034200             MOVE 'NIL AWARD - WEEKLY AMOUNT BELOW 10P'           PAYCALC
034300               TO PC-MESSAGE                                      PAYCALC
034400         END-IF.                                                  PAYCALC
034500*                                                                 PAYCALC
034600*----------------------------------------------------------------*PAYCALC
034700* 7000  AMOUNT FOR THE PERIOD: WHOLE WEEKS AT THE WEEKLY RATE,   *PAYCALC
034800*       ODD DAYS PRO RATA ROUNDED DOWN (CR3120)                  *PAYCALC
034900*----------------------------------------------------------------*PAYCALC
035000 7000-PERIOD-AMOUNT.                                              PAYCALC
035100     IF PC-PERIOD-DAYS > BC-MAX-BACKDATE-DAYS                     PAYCALC
035200         MOVE BC-MAX-BACKDATE-DAYS TO PC-PERIOD-DAYS              PAYCALC
035300     END-IF                                                       PAYCALC
035400     DIVIDE PC-PERIOD-DAYS BY BC-DAYS-IN-WEEK                     PAYCALC
035500         GIVING WS-WHOLE-WEEKS REMAINDER WS-ODD-DAYS              PAYCALC
035600     MULTIPLY PC-GROSS-WEEKLY-AMOUNT BY WS-WHOLE-WEEKS            PAYCALC
035700         GIVING PC-PAYMENT-AMOUNT                                 PAYCALC
035800         ON SIZE ERROR                                            PAYCALC
035900             SET PC-CALC-OVERFLOW TO TRUE                         PAYCALC
036000             MOVE 'PAYMENT AMOUNT OVERFLOW' TO PC-MESSAGE         PAYCALC
036100     END-MULTIPLY                                                 PAYCALC
CR3120     IF WS-ODD-DAYS > ZERO AND PC-CALC-OK                         PAYCALC
CR3120         MULTIPLY PC-GROSS-WEEKLY-AMOUNT BY WS-ODD-DAYS           PAYCALC
CR3120             GIVING RP-AMOUNT-IN                                  PAYCALC
CR3120         DIVIDE BC-DAYS-IN-WEEK INTO RP-AMOUNT-IN                 PAYCALC
CR3120         MOVE 'D' TO RP-FUNCTION                                  PAYCALC
CR3120         MOVE 'N' TO RP-APPLY-MINIMUM                             PAYCALC
CR3120         PERFORM 8000-CALL-ROUNDING                               PAYCALC
CR3120         MOVE RP-AMOUNT-OUT TO WS-PART-WEEK-AMOUNT                PAYCALC
CR3120         ADD WS-PART-WEEK-AMOUNT TO PC-PAYMENT-AMOUNT             PAYCALC
CR3120     END-IF.                                                      PAYCALC
036200*                                                                 PAYCALC
036300*----------------------------------------------------------------*PAYCALC
036400* 7500  OVERPAYMENT RECOVERY (CR1195, CR2444)                    *PAYCALC
036500*----------------------------------------------------------------*PAYCALC
036600 7500-RECOVERY-DEDUCTION.                                         PAYCALC
036700     MOVE ZERO TO PC-RECOVERY-AMOUNT                              PAYCALC
036800     IF LK-OVP-RECOVERABLE AND LK-OVP-OUTSTANDING > ZERO          PAYCALC
036900         IF LK-OVP-WEEKLY-RECOVERY > ZERO                         PAYCALC
037000             MOVE LK-OVP-WEEKLY-RECOVERY TO WS-RECOVERY-WEEKLY    PAYCALC
037100         ELSE                                                     PAYCALC
037200             IF LK-OVP-FRAUD                                      PAYCALC
037300                 MOVE BC-RECOVERY-PCT-FR TO WS-RECOVERY-PCT       PAYCALC
037400             ELSE                                                 PAYCALC
037500                 MOVE BC-RECOVERY-PCT-CE TO WS-RECOVERY-PCT       PAYCALC
037600             END-IF                                               PAYCALC
037700             COMPUTE WS-RECOVERY-WEEKLY ROUNDED =                 PAYCALC
037800                     PC-GROSS-WEEKLY-AMOUNT * WS-RECOVERY-PCT     PAYCALC
037900                   / 100                                          PAYCALC
038000                 ON SIZE ERROR                                    PAYCALC
038100                     MOVE ZERO TO WS-RECOVERY-WEEKLY              PAYCALC
038200             END-COMPUTE                                          PAYCALC
038300         END-IF                                                   PAYCALC
038400         MOVE WS-WHOLE-WEEKS TO WS-RECOVERY-WEEKS                 PAYCALC
038500         IF WS-RECOVERY-WEEKS < 1                                 PAYCALC
038600             MOVE 1 TO WS-RECOVERY-WEEKS                          PAYCALC
038700         END-IF                                                   PAYCALC
038800         MULTIPLY WS-RECOVERY-WEEKLY BY WS-RECOVERY-WEEKS         PAYCALC
038900             GIVING PC-RECOVERY-AMOUNT                            PAYCALC
039000         SUBTRACT BC-MINIMUM-PAYMENT FROM              PC-PAYMENT-
039100-    AMOUNT GIVING WS-RECOVERY-CEILING                            PAYCALC
039200         IF WS-RECOVERY-CEILING < ZERO                            PAYCALC
039300             MOVE ZERO TO WS-RECOVERY-CEILING                     PAYCALC
039400         END-IF                                                   PAYCALC
039500         IF PC-RECOVERY-AMOUNT > WS-RECOVERY-CEILING              PAYCALC
039600             MOVE WS-RECOVERY-CEILING TO PC-RECOVERY-AMOUNT       PAYCALC
039700         END-IF                                                   PAYCALC
039800         IF PC-RECOVERY-AMOUNT > LK-OVP-OUTSTANDING               PAYCALC
039900             MOVE LK-OVP-OUTSTANDING TO PC-RECOVERY-AMOUNT        PAYCALC
040000         END-IF                                                   PAYCALC
040100     END-IF                                                       PAYCALC
040200     SUBTRACT PC-RECOVERY-AMOUNT FROM PC-PAYMENT-AMOUNT           PAYCALC
040300         GIVING PC-NET-PAYMENT-AMOUNT.                            PAYCALC
040400*                                                                 PAYCALC
040500*----------------------------------------------------------------*PAYCALC
040600* 8000  DYNAMIC CALL - PAYRND IS LOADED AT RUN TIME SO ROUNDING  *PAYCALC
040700*       CAN CHANGE WITHOUT A RELINK OF BENPAY01                  *PAYCALC
040800*----------------------------------------------------------------*PAYCALC
040900 8000-CALL-ROUNDING.                                              PAYCALC
041000     CALL WS-PGM-NAME USING RP-ROUNDING-AREA                      PAYCALC
041100         ON EXCEPTION                                             PAYCALC
041200             DISPLAY 'PAYCALC - CANNOT LOAD ' WS-PGM-NAME         PAYCALC
041300             SET PC-CALC-FAILED TO TRUE                           PAYCALC
041400             MOVE ZERO TO RP-AMOUNT-OUT                           PAYCALC
041500     END-CALL                                                     PAYCALC
041600     IF RP-BAD-FUNCTION                                           PAYCALC
041700         SET PC-CALC-FAILED TO TRUE                               PAYCALC
041800         MOVE 'ROUNDING ROUTINE REJECTED THE REQUEST'             PAYCALC
041900           TO PC-MESSAGE                                          PAYCALC
042000     END-IF.                                                      PAYCALC
