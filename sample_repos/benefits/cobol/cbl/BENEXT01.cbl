000100*================================================================*BENEXT01
000200*                                                                *BENEXT01
000300*  PROGRAM     BENEXT01                                          *BENEXT01
000400*  TITLE       NIGHTLY EXTRACT OF CLAIMS DUE FOR PAYMENT         *BENEXT01
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENEXT01
000600*                                                                *BENEXT01
000700*  JOB         BENEXTJ STEP010 (PROC BENDB2P, PROG=BENEXT01)     *BENEXT01
000800*  PLAN        BENEXTPL                                          *BENEXT01
000900*  INPUT       CTLCARD  RUN CONTROL CARD (RUNDATE=CCYYMMDD)      *BENEXT01
001000*  OUTPUT      CLAIMOUT DAILY CLAIMS FILE (CLAIMREC) FOR BENPAY01*BENEXT01
001100*  DB2 (READ)  CLAIM, CLAIMANT, ADDRESS, DEPENDANT, OVERPAYMENT  *BENEXT01
001200*  CALLS       DATEUTL                                           *BENEXT01
001300*                                                                *BENEXT01
001400*  SELECTS AWARDED CLAIMS ('W') OF LIVING CLAIMANTS THAT STARTED *BENEXT01
001500*  ON OR BEFORE THE RUN DATE AND WERE LAST PAID AT LEAST A WEEK  *BENEXT01
001600*  AGO (OR NEVER), AND FLATTENS CLAIM + CLAIMANT + PARTNER +     *BENEXT01
001700*  ADDRESS + DEPENDANTS + RECOVERABLE OVERPAYMENT INTO ONE       *BENEXT01
001800*  RECORD.  HOUSEHOLD EARNINGS AND CAPITAL INCLUDE THE PARTNER'S.*BENEXT01
001900*  THE REGION CODE COMES FROM THE POSTCODE AREA.                 *BENEXT01
002000*                                                                *BENEXT01
002100*  THE DB2 ERROR WORK AREA IS STILL BROUGHT IN WITH THE OLD      *BENEXT01
002200*  PANVALET -INC; THE MEMBER WAS NEVER MOVED TO THE COPYLIB      *BENEXT01
002300*  CONCATENATION FOR THIS PROGRAM.                               *BENEXT01
002400*                                                                *BENEXT01
002500*  CHANGE HISTORY                                                *BENEXT01
002600*  14/05/01 RK          ORIGINAL (DB2 MIGRATION)                 *BENEXT01
002700*  17/06/02 RK          DEPENDANTS                               *BENEXT01
002800*  10/02/03 JB  CR1195  RECOVERABLE OVERPAYMENT                  *BENEXT01
002900*  09/06/04 TW  CR1655  BANK DETAILS                             *BENEXT01
003000*  27/09/04 TW  CR1744  DECEASED CLAIMANTS EXCLUDED              *BENEXT01
003100*  21/07/08 MP  CR2995  REGION CODE                              *BENEXT01
003200*                                                                *BENEXT01
003300*================================================================*BENEXT01
003400 IDENTIFICATION DIVISION.                                         BENEXT01
003500 PROGRAM-ID.    BENEXT01.                                         BENEXT01
003600 AUTHOR.        R KHAN.                                           BENEXT01
003700 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENEXT01
003800 DATE-WRITTEN.  MAY 2001.                                         BENEXT01
003900 DATE-COMPILED.                                                   BENEXT01
004000 ENVIRONMENT DIVISION.                                            BENEXT01
004100 CONFIGURATION SECTION.                                           BENEXT01
004200 SOURCE-COMPUTER. IBM-390.                                        BENEXT01
004300 OBJECT-COMPUTER. IBM-390.                                        BENEXT01
004400 INPUT-OUTPUT SECTION.                                            BENEXT01
004500 FILE-CONTROL.                                                    BENEXT01
004600     SELECT CONTROL-CARD   ASSIGN TO CTLCARD                      BENEXT01
004700            FILE STATUS IS WS-CTL-STATUS.                         BENEXT01
004800     SELECT CLAIM-FILE     ASSIGN TO CLAIMOUT                     BENEXT01
004900            FILE STATUS IS WS-CLAIM-STATUS.                       BENEXT01
005000 DATA DIVISION.                                                   BENEXT01
005100 FILE SECTION.                                                    BENEXT01
005200 FD  CONTROL-CARD                                                 BENEXT01
005300     RECORDING MODE IS F.                                         BENEXT01
005400 01  CC-CONTROL-CARD.                                             BENEXT01
005500     05  CC-KEYWORD                  PIC X(8).                    BENEXT01
005600     05  CC-RUN-DATE                 PIC 9(8).                    BENEXT01
005700     05  FILLER                      PIC X(64).                   BENEXT01
005800 FD  CLAIM-FILE                                                   BENEXT01
005900     RECORDING MODE IS F                                          BENEXT01
006000     BLOCK CONTAINS 0 RECORDS.                                    BENEXT01
006100     COPY CLAIMREC.                                               BENEXT01
006200 WORKING-STORAGE SECTION.                                         BENEXT01
006300 01  WS-FILE-STATUSES.                                            BENEXT01
006400     05  WS-CTL-STATUS               PIC X(2).                    BENEXT01
006500     05  WS-CLAIM-STATUS             PIC X(2).                    BENEXT01
006600         88  WS-CLAIM-FILE-OK            VALUE '00'.              BENEXT01
006700 01  WS-SWITCHES.                                                 BENEXT01
006800     05  WS-END-OF-CURSOR-SW         PIC X     VALUE 'N'.         BENEXT01
006900         88  WS-END-OF-CURSOR            VALUE 'Y'.               BENEXT01
007000     05  WS-END-OF-DEPS-SW           PIC X     VALUE 'N'.         BENEXT01
007100         88  WS-END-OF-DEPS              VALUE 'Y'.               BENEXT01
007200 01  WS-DATES.                                                    BENEXT01
007300     05  WS-RUN-DATE                 PIC 9(8).                    BENEXT01
007400     05  WS-RUN-DATE-ISO             PIC X(10).                   BENEXT01
007500     05  WS-CUTOFF-DATE-ISO          PIC X(10).                   BENEXT01
007600     05  WS-ISO-DATE                 PIC X(10).                   BENEXT01
007700     05  WS-ISO-DATE-R REDEFINES WS-ISO-DATE.                     BENEXT01
007800         10  WS-ISO-CCYY             PIC 9(4).                    BENEXT01
007900         10  FILLER                  PIC X.                       BENEXT01
008000         10  WS-ISO-MM               PIC 9(2).                    BENEXT01
008100         10  FILLER                  PIC X.                       BENEXT01
008200         10  WS-ISO-DD               PIC 9(2).                    BENEXT01
008300     05  WS-CCYYMMDD                 PIC 9(8).                    BENEXT01
008400     05  WS-CCYYMMDD-R REDEFINES WS-CCYYMMDD.                     BENEXT01
008500         10  WS-YMD-CCYY             PIC 9(4).                    BENEXT01
008600         10  WS-YMD-MM               PIC 9(2).                    BENEXT01
008700         10  WS-YMD-DD               PIC 9(2).                    BENEXT01
008800 01  WS-COUNTERS.                                                 BENEXT01
008900     05  WS-CLAIMS-FETCHED           PIC S9(9) COMP-3 VALUE 0.    BENEXT01
009000     05  WS-DETAILS-WRITTEN          PIC 9(9)         VALUE 0.    BENEXT01
009100     05  WS-HASH-CLAIM-IDS           PIC 9(15)        VALUE 0.    BENEXT01
009200     05  WS-WITH-PARTNER             PIC S9(9) COMP-3 VALUE 0.    BENEXT01
009300     05  WS-WITH-DEBT                PIC S9(9) COMP-3 VALUE 0.    BENEXT01
009400     05  WS-DEP-COUNT                PIC S9(4) COMP.              BENEXT01
009500     05  WS-CHILD-UNDER-16           PIC S9(4) COMP.              BENEXT01
009600 01  WS-EDIT-COUNT                   PIC ZZZ,ZZZ,ZZ9.             BENEXT01
009700 01  WS-POSTCODE-AREA                PIC X(4).                    BENEXT01
009800 01  WS-PARTNER.                                                  BENEXT01
009900     05  WS-PARTNER-DOB-ISO          PIC X(10).                   BENEXT01
010000     05  WS-PARTNER-HOURS            PIC S9(4) COMP.              BENEXT01
010100     05  WS-PARTNER-EARNINGS         PIC S9(7)V99 COMP-3.         BENEXT01
010200     05  WS-PARTNER-CAPITAL          PIC S9(9)V99 COMP-3.         BENEXT01
010300*                                                                 BENEXT01
010400*    POSTCODE AREA TO REGION - KEEP IN AREA ORDER (SEARCH ALL)    BENEXT01
010500 01  WS-REGION-VALUES.                                            BENEXT01
010600     05  FILLER                  PIC X(48) VALUE                  BENEXT01
010700         'AB  SCAL  EAB   WMBA  SWBB  NWBD  YHBH  SWBL  NW'.      BENEXT01
010800     05  FILLER                  PIC X(48) VALUE                  BENEXT01
010900         'BN  SEBR  LOBS  SWCA  NWCB  EACF  WACH  NWCM  EA'.      BENEXT01
011000     05  FILLER                  PIC X(48) VALUE                  BENEXT01
011100         'CO  EACR  LOCT  SECV  WMCW  NWDA  LODD  SCDE  EM'.      BENEXT01
011200     05  FILLER                  PIC X(48) VALUE                  BENEXT01
011300         'DG  SCDH  NEDL  NEDN  YHDT  SWDY  WME   LOEC  LO'.      BENEXT01
011400     05  FILLER                  PIC X(48) VALUE                  BENEXT01
011500         'EH  SCEN  LOEX  SWFK  SCFY  NWG   SCGL  SWGU  SE'.      BENEXT01
011600     05  FILLER                  PIC X(48) VALUE                  BENEXT01
011700         'HA  LOHD  YHHG  YHHP  SEHR  WMHS  SCHU  YHHX  YH'.      BENEXT01
011800     05  FILLER                  PIC X(48) VALUE                  BENEXT01
011900         'IG  LOIP  EAIV  SCKA  SCKT  LOKW  SCKY  SCL   NW'.      BENEXT01
012000     05  FILLER                  PIC X(48) VALUE                  BENEXT01
012100         'LA  NWLD  WALE  EMLL  WALN  EMLS  YHLU  EAM   NW'.      BENEXT01
012200     05  FILLER                  PIC X(48) VALUE                  BENEXT01
012300         'ME  SEMK  SEML  SCN   LONE  NENG  EMNN  EMNP  WA'.      BENEXT01
012400     05  FILLER                  PIC X(48) VALUE                  BENEXT01
012500         'NR  EANW  LOOL  NWOX  SEPA  SCPE  EAPH  SCPL  SW'.      BENEXT01
012600     05  FILLER                  PIC X(48) VALUE                  BENEXT01
012700         'PO  SEPR  NWRG  SERH  SERM  LOS   YHSA  WASE  LO'.      BENEXT01
012800     05  FILLER                  PIC X(48) VALUE                  BENEXT01
012900         'SG  EASK  NWSL  SESM  LOSN  SWSO  SESP  SWSR  NE'.      BENEXT01
013000     05  FILLER                  PIC X(48) VALUE                  BENEXT01
013100         'SS  EAST  WMSW  LOSY  WATA  SWTD  SCTF  WMTN  SE'.      BENEXT01
013200     05  FILLER                  PIC X(48) VALUE                  BENEXT01
013300         'TQ  SWTR  SWTS  NETW  LOUB  LOW   LOWA  NWWC  LO'.      BENEXT01
013400     05  FILLER                  PIC X(48) VALUE                  BENEXT01
013500         'WD  EAWF  YHWN  NWWR  WMWS  WMWV  WMYO  YHZE  SC'.      BENEXT01
013600 01  WS-REGION-TABLE REDEFINES WS-REGION-VALUES.                  BENEXT01
013700     05  WS-REGION-ENTRY             OCCURS 120 TIMES             BENEXT01
013800                                     ASCENDING KEY WS-RGN-AREA    BENEXT01
013900                                     INDEXED BY WS-RGN-IDX.       BENEXT01
014000         10  WS-RGN-AREA             PIC X(4).                    BENEXT01
014100         10  WS-RGN-CODE             PIC X(2).                    BENEXT01
014200     COPY DATEPARM.                                               BENEXT01
014300     COPY BENCONST.                                               BENEXT01
-INC DB2ERR
014400     EXEC SQL INCLUDE SQLCA    END-EXEC.                          BENEXT01
014500     EXEC SQL INCLUDE DCLCLAIM END-EXEC.                          BENEXT01
014600     EXEC SQL INCLUDE DCLCLMNT END-EXEC.                          BENEXT01
014700     EXEC SQL INCLUDE DCLADDR  END-EXEC.                          BENEXT01
014800     EXEC SQL INCLUDE DCLDEPND END-EXEC.                          BENEXT01
014900     EXEC SQL INCLUDE DCLOVRPY END-EXEC.                          BENEXT01
015000 01  WS-NULL-INDICATORS.                                          BENEXT01
015100     05  IND-EFFECTIVE-DATE          PIC S9(4) COMP.              BENEXT01
015200     05  IND-LAST-PAID-DATE          PIC S9(4) COMP.              BENEXT01
015300     05  IND-PARTNER-ID              PIC S9(4) COMP.              BENEXT01
015400     05  IND-SORT-CODE               PIC S9(4) COMP.              BENEXT01
015500     05  IND-ACCOUNT-NUMBER          PIC S9(4) COMP.              BENEXT01
015600     05  IND-PAYMENT-METHOD          PIC S9(4) COMP.              BENEXT01
015700     05  IND-ADDRESS                 PIC S9(4) COMP               BENEXT01
015800                                     OCCURS 6 TIMES.              BENEXT01
015900*                                                                 BENEXT01
016000     EXEC SQL DECLARE CLMCSR CURSOR FOR                           BENEXT01
016100         SELECT C.CLAIM_ID, C.CLAIMANT_ID, C.BENEFIT_TYPE,        BENEXT01
016200                C.STATUS, C.DATE_RECEIVED, C.EFFECTIVE_DATE,      BENEXT01
016300                C.LAST_PAID_DATE, C.WEEKLY_AMOUNT,                BENEXT01
016400                CL.NINO, CL.FORENAME, CL.SURNAME,                 BENEXT01
016500                CL.DATE_OF_BIRTH, CL.PARTNER_ID,                  BENEXT01
016600                CL.RESIDENCY_STATUS, CL.HABITUALLY_RESIDENT,      BENEXT01
016700                CL.WEEKLY_EARNINGS, CL.HOURS_WORKED, CL.CAPITAL,  BENEXT01
016800                CL.DISABLED_IND, CL.CARER_IND,                    BENEXT01
016900                CL.SORT_CODE, CL.ACCOUNT_NUMBER,                  BENEXT01
017000                CL.PAYMENT_METHOD,                                BENEXT01
017100                A.LINE_1, A.LINE_2, A.LINE_3, A.TOWN,             BENEXT01
017200                A.POSTCODE, A.COUNTRY_CODE                        BENEXT01
017300           FROM CLAIM C                                           BENEXT01
017400           JOIN CLAIMANT CL                                       BENEXT01
017500             ON CL.CLAIMANT_ID = C.CLAIMANT_ID                    BENEXT01
017600           LEFT OUTER JOIN ADDRESS A                              BENEXT01
017700             ON A.ADDRESS_ID = CL.ADDRESS_ID                      BENEXT01
017800          WHERE C.STATUS = 'W'                                    BENEXT01
017900            AND CL.DATE_OF_DEATH IS NULL                          BENEXT01
018000            AND C.EFFECTIVE_DATE <= :WS-RUN-DATE-ISO              BENEXT01
018100            AND (C.LAST_PAID_DATE IS NULL                         BENEXT01
018200                 OR C.LAST_PAID_DATE <= :WS-CUTOFF-DATE-ISO)      BENEXT01
018300          ORDER BY C.CLAIM_ID                                     BENEXT01
018400          FOR FETCH ONLY                                          BENEXT01
018500          WITH UR                                                 BENEXT01
018600     END-EXEC.                                                    BENEXT01
018700*                                                                 BENEXT01
018800     EXEC SQL DECLARE DEPCSR CURSOR FOR                           BENEXT01
018900         SELECT DATE_OF_BIRTH, FTE_IND, DISABLED_IND              BENEXT01
019000           FROM DEPENDANT                                         BENEXT01
019100          WHERE CLAIMANT_ID = :CLT-CLAIMANT-ID                    BENEXT01
019200          ORDER BY DATE_OF_BIRTH DESC                             BENEXT01
019300          FOR FETCH ONLY                                          BENEXT01
019400     END-EXEC.                                                    BENEXT01
019500/                                                                 BENEXT01
019600 PROCEDURE DIVISION.                                              BENEXT01
019700*                                                                 BENEXT01
019800 0000-MAINLINE.                                                   BENEXT01
019900     PERFORM 1000-INITIALISE                                      BENEXT01
020000     PERFORM 2000-EXTRACT-CLAIM                                   BENEXT01
020100         UNTIL WS-END-OF-CURSOR                                   BENEXT01
020200     PERFORM 9000-TERMINATE                                       BENEXT01
020300     GOBACK.                                                      BENEXT01
020400*                                                                 BENEXT01
020500 1000-INITIALISE.                                                 BENEXT01
020600     EXEC SQL WHENEVER SQLERROR GO TO 9800-DB2-ERROR END-EXEC.    BENEXT01
020700     EXEC SQL WHENEVER NOT FOUND CONTINUE END-EXEC.               BENEXT01
020800     MOVE 'BENEXT01' TO DB2-ERR-PROGRAM                           BENEXT01
020900     OPEN INPUT CONTROL-CARD                                      BENEXT01
021000          OUTPUT CLAIM-FILE                                       BENEXT01
021100     READ CONTROL-CARD                                            BENEXT01
021200         AT END                                                   BENEXT01
021300             MOVE ZERO TO CC-RUN-DATE                             BENEXT01
021400     END-READ                                                     BENEXT01
021500     CLOSE CONTROL-CARD                                           BENEXT01
021600     MOVE 1 TO DU-FUNCTION                                        BENEXT01
021700     MOVE CC-RUN-DATE TO DU-DATE-1                                BENEXT01
021800     CALL 'DATEUTL' USING DU-PARMS                                BENEXT01
021900     IF CC-KEYWORD NOT = 'RUNDATE=' OR NOT DU-OK                  BENEXT01
022000         DISPLAY 'BENEXT01 BAD OR MISSING CONTROL CARD'           BENEXT01
022100         MOVE 16 TO RETURN-CODE                                   BENEXT01
022200         GOBACK                                                   BENEXT01
022300     END-IF                                                       BENEXT01
022400     MOVE CC-RUN-DATE TO WS-RUN-DATE WS-CCYYMMDD                  BENEXT01
022500     PERFORM 8000-TO-ISO                                          BENEXT01
022600     MOVE WS-ISO-DATE TO WS-RUN-DATE-ISO                          BENEXT01
022700*    DUE IF LAST PAID ON OR BEFORE RUN DATE - 7                   BENEXT01
022800     MOVE 3 TO DU-FUNCTION                                        BENEXT01
022900     MOVE WS-RUN-DATE TO DU-DATE-1                                BENEXT01
023000     COMPUTE DU-DAYS = 0 - BC-DAYS-IN-WEEK                        BENEXT01
023100     CALL 'DATEUTL' USING DU-PARMS                                BENEXT01
023200     MOVE DU-DATE-2 TO WS-CCYYMMDD                                BENEXT01
023300     PERFORM 8000-TO-ISO                                          BENEXT01
023400     MOVE WS-ISO-DATE TO WS-CUTOFF-DATE-ISO                       BENEXT01
023500     PERFORM 1100-WRITE-HEADER                                    BENEXT01
023600     MOVE 'OPEN CLMCSR' TO DB2-ERR-PARAGRAPH                      BENEXT01
023700     EXEC SQL OPEN CLMCSR END-EXEC                                BENEXT01
023800     PERFORM 2900-FETCH-CLAIM.                                    BENEXT01
023900*                                                                 BENEXT01
024000 1100-WRITE-HEADER.                                               BENEXT01
024100     MOVE SPACES TO CL-CLAIM-RECORD                               BENEXT01
024200     SET CL-HEADER-REC TO TRUE                                    BENEXT01
024300     MOVE WS-RUN-DATE TO CL-HDR-RUN-DATE                          BENEXT01
024400     MOVE FUNCTION CURRENT-DATE TO CL-HDR-CREATED-TS              BENEXT01
024500     MOVE 'BENEXT01' TO CL-HDR-SOURCE                             BENEXT01
024600     WRITE CL-CLAIM-RECORD                                        BENEXT01
024700     IF NOT WS-CLAIM-FILE-OK                                      BENEXT01
024800         DISPLAY 'BENEXT01 WRITE CLAIMOUT FAILED ' WS-CLAIM-STATUSBENEXT01
024900         MOVE 16 TO RETURN-CODE                                   BENEXT01
025000         GOBACK                                                   BENEXT01
025100     END-IF.                                                      BENEXT01
025200*                                                                 BENEXT01
025300*----------------------------------------------------------------*BENEXT01
025400* 2000  BUILD AND WRITE ONE DETAIL RECORD                        *BENEXT01
025500*----------------------------------------------------------------*BENEXT01
025600 2000-EXTRACT-CLAIM.                                              BENEXT01
025700     MOVE SPACES TO CL-CLAIM-RECORD                               BENEXT01
025800     SET CL-DETAIL-REC TO TRUE                                    BENEXT01
025900     PERFORM 2100-MOVE-CLAIM                                      BENEXT01
026000     PERFORM 2200-MOVE-CLAIMANT                                   BENEXT01
026100     PERFORM 2300-PARTNER                                         BENEXT01
026200     PERFORM 2400-DEPENDANTS                                      BENEXT01
026300     PERFORM 2500-OVERPAYMENT                                     BENEXT01
026400     PERFORM 2600-ADDRESS-AND-REGION                              BENEXT01
026500     WRITE CL-CLAIM-RECORD                                        BENEXT01
026600     ADD 1 TO WS-DETAILS-WRITTEN                                  BENEXT01
026700     ADD CL-CLAIM-ID TO WS-HASH-CLAIM-IDS                         BENEXT01
026800     PERFORM 2900-FETCH-CLAIM.                                    BENEXT01
026900*                                                                 BENEXT01
027000 2100-MOVE-CLAIM.                                                 BENEXT01
027100     MOVE CLM-CLAIM-ID       TO CL-CLAIM-ID                       BENEXT01
027200     MOVE CLM-CLAIMANT-ID    TO CL-CLAIMANT-ID                    BENEXT01
027300     MOVE CLM-BENEFIT-TYPE   TO CL-BENEFIT-TYPE                   BENEXT01
027400     MOVE CLM-STATUS         TO CL-CLAIM-STATUS                   BENEXT01
027500     MOVE CLM-DATE-RECEIVED  TO WS-ISO-DATE                       BENEXT01
027600     PERFORM 8100-FROM-ISO                                        BENEXT01
027700     MOVE WS-CCYYMMDD        TO CL-DATE-RECEIVED                  BENEXT01
027800     IF IND-EFFECTIVE-DATE < ZERO                                 BENEXT01
027900         MOVE CL-DATE-RECEIVED TO CL-EFFECTIVE-DATE               BENEXT01
028000     ELSE                                                         BENEXT01
028100         MOVE CLM-EFFECTIVE-DATE TO WS-ISO-DATE                   BENEXT01
028200         PERFORM 8100-FROM-ISO                                    BENEXT01
028300         MOVE WS-CCYYMMDD    TO CL-EFFECTIVE-DATE                 BENEXT01
028400     END-IF                                                       BENEXT01
028500     IF IND-LAST-PAID-DATE < ZERO                                 BENEXT01
028600         SET CL-NEVER-PAID TO TRUE                                BENEXT01
028700     ELSE                                                         BENEXT01
028800         MOVE CLM-LAST-PAID-DATE TO WS-ISO-DATE                   BENEXT01
028900         PERFORM 8100-FROM-ISO                                    BENEXT01
029000         MOVE WS-CCYYMMDD    TO CL-LAST-PAID-DATE                 BENEXT01
029100     END-IF                                                       BENEXT01
029200     MOVE CLM-WEEKLY-AMOUNT  TO CL-CURRENT-WEEKLY-AMT             BENEXT01
029300     IF CL-STATE-PENSION OR CL-PENSION-CREDIT                     BENEXT01
029400         SET CL-PENSIONER TO TRUE                                 BENEXT01
029500     ELSE                                                         BENEXT01
029600         SET CL-WORKING-AGE TO TRUE                               BENEXT01
029700     END-IF.                                                      BENEXT01
029800*                                                                 BENEXT01
029900 2200-MOVE-CLAIMANT.                                              BENEXT01
030000     MOVE CLT-NINO                 TO CL-NINO                     BENEXT01
030100     MOVE CLT-FORENAME-TEXT (1:CLT-FORENAME-LEN)                  BENEXT01
030200                                   TO CL-FORENAME                 BENEXT01
030300     MOVE CLT-SURNAME-TEXT (1:CLT-SURNAME-LEN)                    BENEXT01
030400                                   TO CL-SURNAME                  BENEXT01
030500     MOVE CLT-DATE-OF-BIRTH        TO WS-ISO-DATE                 BENEXT01
030600     PERFORM 8100-FROM-ISO                                        BENEXT01
030700     MOVE WS-CCYYMMDD              TO CL-DATE-OF-BIRTH            BENEXT01
030800     MOVE CLT-RESIDENCY-STATUS-TEXT (1:CLT-RESIDENCY-STATUS-LEN)  BENEXT01
030900                                   TO CL-RESIDENCY-STATUS         BENEXT01
031000     MOVE CLT-HABITUALLY-RESIDENT  TO CL-HABITUALLY-RESIDENT      BENEXT01
031100     MOVE CLT-DISABLED-IND         TO CL-DISABLED-IND             BENEXT01
031200     MOVE CLT-CARER-IND            TO CL-CARER-IND                BENEXT01
031300     MOVE CLT-HOURS-WORKED         TO CL-HOURS-WORKED             BENEXT01
031400     MOVE CLT-WEEKLY-EARNINGS      TO CL-WEEKLY-EARNINGS          BENEXT01
031500     MOVE CLT-CAPITAL              TO CL-CAPITAL                  BENEXT01
031600     IF IND-PAYMENT-METHOD < ZERO                                 BENEXT01
031700         SET CL-PAY-CHEQUE TO TRUE                                BENEXT01
031800     ELSE                                                         BENEXT01
031900         MOVE CLT-PAYMENT-METHOD   TO CL-PAYMENT-METHOD           BENEXT01
032000     END-IF                                                       BENEXT01
032100     IF IND-SORT-CODE < ZERO OR IND-ACCOUNT-NUMBER < ZERO         BENEXT01
032200         MOVE SPACES TO CL-SORT-CODE CL-ACCOUNT-NUMBER            BENEXT01
032300     ELSE                                                         BENEXT01
032400         MOVE CLT-SORT-CODE        TO CL-SORT-CODE                BENEXT01
032500         MOVE CLT-ACCOUNT-NUMBER   TO CL-ACCOUNT-NUMBER           BENEXT01
032600     END-IF.                                                      BENEXT01
032700*                                                                 BENEXT01
032800 2300-PARTNER.                                                    BENEXT01
032900     MOVE ZERO TO CL-PARTNER-DOB CL-PARTNER-HOURS                 BENEXT01
033000     IF IND-PARTNER-ID < ZERO                                     BENEXT01
033100         SET CL-SINGLE TO TRUE                                    BENEXT01
033200     ELSE                                                         BENEXT01
033300         MOVE 'PARTNER' TO DB2-ERR-PARAGRAPH                      BENEXT01
033400         EXEC SQL                                                 BENEXT01
033500             SELECT DATE_OF_BIRTH, HOURS_WORKED,                  BENEXT01
033600                    WEEKLY_EARNINGS, CAPITAL                      BENEXT01
033700               INTO :WS-PARTNER-DOB-ISO, :WS-PARTNER-HOURS,       BENEXT01
033800                    :WS-PARTNER-EARNINGS, :WS-PARTNER-CAPITAL     BENEXT01
033900               FROM CLAIMANT                                      BENEXT01
034000              WHERE CLAIMANT_ID = :CLT-PARTNER-ID                 BENEXT01
034100                AND DATE_OF_DEATH IS NULL                         BENEXT01
034200         END-EXEC                                                 BENEXT01
034300         IF SQLCODE = +100                                        BENEXT01
034400             SET CL-SINGLE TO TRUE                                BENEXT01
034500         ELSE                                                     BENEXT01
034600             SET CL-HAS-PARTNER TO TRUE                           BENEXT01
034700             ADD 1 TO WS-WITH-PARTNER                             BENEXT01
034800             MOVE WS-PARTNER-DOB-ISO TO WS-ISO-DATE               BENEXT01
034900             PERFORM 8100-FROM-ISO                                BENEXT01
035000             MOVE WS-CCYYMMDD      TO CL-PARTNER-DOB              BENEXT01
035100             MOVE WS-PARTNER-HOURS TO CL-PARTNER-HOURS            BENEXT01
035200             ADD WS-PARTNER-EARNINGS TO CL-WEEKLY-EARNINGS        BENEXT01
035300             ADD WS-PARTNER-CAPITAL  TO CL-CAPITAL                BENEXT01
035400         END-IF                                                   BENEXT01
035500     END-IF.                                                      BENEXT01
035600*                                                                 BENEXT01
035700*    UP TO SIX DEPENDANTS, YOUNGEST FIRST.  A SINGLE CLAIMANT     BENEXT01
035800*    WITH A CHILD UNDER 16 IS A LONE PARENT.                      BENEXT01
035900 2400-DEPENDANTS.                                                 BENEXT01
036000     MOVE ZERO TO WS-DEP-COUNT WS-CHILD-UNDER-16                  BENEXT01
036100     MOVE 'N' TO WS-END-OF-DEPS-SW                                BENEXT01
036200     MOVE 'DEPENDANTS' TO DB2-ERR-PARAGRAPH                       BENEXT01
036300     EXEC SQL OPEN DEPCSR END-EXEC                                BENEXT01
036400     PERFORM UNTIL WS-END-OF-DEPS                                 BENEXT01
036500         EXEC SQL                                                 BENEXT01
036600             FETCH DEPCSR                                         BENEXT01
036700              INTO :DEP-DATE-OF-BIRTH, :DEP-FTE-IND,              BENEXT01
036800                   :DEP-DISABLED-IND                              BENEXT01
036900         END-EXEC                                                 BENEXT01
037000         IF SQLCODE = +100                                        BENEXT01
037100             SET WS-END-OF-DEPS TO TRUE                           BENEXT01
037200         ELSE                                                     BENEXT01
037300             IF WS-DEP-COUNT < 6                                  BENEXT01
037400                 ADD 1 TO WS-DEP-COUNT                            BENEXT01
037500                 SET CL-DEP-IDX TO WS-DEP-COUNT                   BENEXT01
037600                 MOVE DEP-DATE-OF-BIRTH TO WS-ISO-DATE            BENEXT01
037700                 PERFORM 8100-FROM-ISO                            BENEXT01
037800                 MOVE 2 TO DU-FUNCTION                            BENEXT01
037900                 MOVE WS-CCYYMMDD TO DU-DATE-1                    BENEXT01
038000                 MOVE WS-RUN-DATE TO DU-DATE-2                    BENEXT01
038100                 CALL 'DATEUTL' USING DU-PARMS                    BENEXT01
038200                 MOVE DU-YEARS TO CL-DEP-AGE (CL-DEP-IDX)         BENEXT01
038300                 MOVE DEP-DISABLED-IND                            BENEXT01
038400                   TO CL-DEP-DISABLED-IND (CL-DEP-IDX)            BENEXT01
038500                 MOVE DEP-FTE-IND TO CL-DEP-FTE-IND (CL-DEP-IDX)  BENEXT01
038600                 IF DU-YEARS < BC-CHILD-AGE-LIMIT                 BENEXT01
038700                     ADD 1 TO WS-CHILD-UNDER-16                   BENEXT01
038800                 END-IF                                           BENEXT01
038900             END-IF                                               BENEXT01
039000         END-IF                                                   BENEXT01
039100     END-PERFORM                                                  BENEXT01
039200     EXEC SQL CLOSE DEPCSR END-EXEC                               BENEXT01
039300     MOVE WS-DEP-COUNT TO CL-DEPENDANT-COUNT                      BENEXT01
039400     IF CL-SINGLE AND WS-CHILD-UNDER-16 > ZERO                    BENEXT01
039500         SET CL-LONE-PARENT TO TRUE                               BENEXT01
039600     ELSE                                                         BENEXT01
039700         MOVE 'N' TO CL-LONE-PARENT-IND                           BENEXT01
039800     END-IF.                                                      BENEXT01
039900*                                                                 BENEXT01
040000*    OLDEST RECOVERABLE DEBT ONLY - OFFICIAL ERROR IS NOT         BENEXT01
040100*    RECOVERED (RecoveryRateCalculator)                           BENEXT01
040200 2500-OVERPAYMENT.                                                BENEXT01
040300     MOVE 'OVERPAYMENT' TO DB2-ERR-PARAGRAPH                      BENEXT01
040400     EXEC SQL                                                     BENEXT01
040500         SELECT OVERPAYMENT_ID, REASON_CODE,                      BENEXT01
040600                OUTSTANDING, WEEKLY_RECOVERY                      BENEXT01
040700           INTO :OVP-OVERPAYMENT-ID, :OVP-REASON-CODE,            BENEXT01
040800                :OVP-OUTSTANDING, :OVP-WEEKLY-RECOVERY            BENEXT01
040900           FROM OVERPAYMENT                                       BENEXT01
041000          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENEXT01
041100            AND STATUS IN ('O', 'R')                              BENEXT01
041200            AND REASON_CODE IN ('CE', 'FR')                       BENEXT01
041300            AND OUTSTANDING > 0                                   BENEXT01
041400          ORDER BY DATE_IDENTIFIED                                BENEXT01
041500          FETCH FIRST 1 ROW ONLY                                  BENEXT01
041600     END-EXEC                                                     BENEXT01
041700     IF SQLCODE = +100                                            BENEXT01
041800         MOVE ZERO   TO CL-OVP-ID CL-OVP-OUTSTANDING              BENEXT01
041900                        CL-OVP-WEEKLY-RECOVERY                    BENEXT01
042000         MOVE SPACES TO CL-OVP-REASON                             BENEXT01
042100     ELSE                                                         BENEXT01
042200         ADD 1 TO WS-WITH-DEBT                                    BENEXT01
042300         MOVE OVP-OVERPAYMENT-ID  TO CL-OVP-ID                    BENEXT01
042400         MOVE OVP-REASON-CODE     TO CL-OVP-REASON                BENEXT01
042500         MOVE OVP-OUTSTANDING     TO CL-OVP-OUTSTANDING           BENEXT01
042600         MOVE OVP-WEEKLY-RECOVERY TO CL-OVP-WEEKLY-RECOVERY       BENEXT01
042700     END-IF.                                                      BENEXT01
042800*                                                                 BENEXT01
042900 2600-ADDRESS-AND-REGION.                                         BENEXT01
043000     IF IND-ADDRESS (1) < ZERO                                    BENEXT01
043100         MOVE SPACES TO CL-ADDRESS                                BENEXT01
043200         MOVE 'GB'   TO CL-COUNTRY-CODE                           BENEXT01
043300         MOVE 'XX'   TO CL-REGION-CODE                            BENEXT01
043400     ELSE                                                         BENEXT01
043500         MOVE ADR-LINE-1-TEXT (1:ADR-LINE-1-LEN)                  BENEXT01
043600           TO CL-ADDR-LINE (1)                                    BENEXT01
043700         IF IND-ADDRESS (2) = ZERO                                BENEXT01
043800             MOVE ADR-LINE-2-TEXT (1:ADR-LINE-2-LEN)              BENEXT01
043900               TO CL-ADDR-LINE (2)                                BENEXT01
044000         END-IF                                                   BENEXT01
044100         IF IND-ADDRESS (3) = ZERO                                BENEXT01
044200             MOVE ADR-LINE-3-TEXT (1:ADR-LINE-3-LEN)              BENEXT01
044300               TO CL-ADDR-LINE (3)                                BENEXT01
044400         END-IF                                                   BENEXT01
044500         IF IND-ADDRESS (4) = ZERO                                BENEXT01
044600             MOVE ADR-TOWN-TEXT (1:ADR-TOWN-LEN) TO CL-TOWN       BENEXT01
044700         END-IF                                                   BENEXT01
044800         IF IND-ADDRESS (5) = ZERO                                BENEXT01
044900             MOVE ADR-POSTCODE-TEXT (1:ADR-POSTCODE-LEN)          BENEXT01
045000               TO CL-POSTCODE                                     BENEXT01
045100         END-IF                                                   BENEXT01
045200         MOVE ADR-COUNTRY-CODE TO CL-COUNTRY-CODE                 BENEXT01
045300         PERFORM 2650-REGION-FROM-POSTCODE                        BENEXT01
045400     END-IF.                                                      BENEXT01
045500*                                                                 BENEXT01
045600 2650-REGION-FROM-POSTCODE.                                       BENEXT01
045700     MOVE SPACES TO WS-POSTCODE-AREA                              BENEXT01
045800     EVALUATE TRUE                                                BENEXT01
045900         WHEN NOT CL-UK-ADDRESS                                   BENEXT01
046000             MOVE 'OS' TO CL-REGION-CODE                          BENEXT01
046100         WHEN CL-POSTCODE = SPACES                                BENEXT01
046200             MOVE 'XX' TO CL-REGION-CODE                          BENEXT01
046300         WHEN OTHER                                               BENEXT01
046400             MOVE CL-POSTCODE (1:1) TO WS-POSTCODE-AREA (1:1)     BENEXT01
046500             IF CL-POSTCODE (2:1) IS ALPHABETIC-UPPER             BENEXT01
046600                AND CL-POSTCODE (2:1) NOT = SPACE                 BENEXT01
046700                 MOVE CL-POSTCODE (2:1) TO WS-POSTCODE-AREA (2:1) BENEXT01
046800             END-IF                                               BENEXT01
046900             SEARCH ALL WS-REGION-ENTRY                           BENEXT01
047000                 AT END                                           BENEXT01
047100                     MOVE 'XX' TO CL-REGION-CODE                  BENEXT01
047200                 WHEN WS-RGN-AREA (WS-RGN-IDX) = WS-POSTCODE-AREA BENEXT01
047300                     MOVE WS-RGN-CODE (WS-RGN-IDX)                BENEXT01
047400                       TO CL-REGION-CODE                          BENEXT01
047500             END-SEARCH                                           BENEXT01
047600     END-EVALUATE.                                                BENEXT01
047700*                                                                 BENEXT01
047800 2900-FETCH-CLAIM.                                                BENEXT01
047900     MOVE 'FETCH CLMCSR' TO DB2-ERR-PARAGRAPH                     BENEXT01
048000     EXEC SQL                                                     BENEXT01
048100         FETCH CLMCSR                                             BENEXT01
048200          INTO :CLM-CLAIM-ID, :CLM-CLAIMANT-ID,                   BENEXT01
048300               :CLM-BENEFIT-TYPE, :CLM-STATUS,                    BENEXT01
048400               :CLM-DATE-RECEIVED,                                BENEXT01
048500               :CLM-EFFECTIVE-DATE :IND-EFFECTIVE-DATE,           BENEXT01
048600               :CLM-LAST-PAID-DATE :IND-LAST-PAID-DATE,           BENEXT01
048700               :CLM-WEEKLY-AMOUNT,                                BENEXT01
048800               :CLT-NINO, :CLT-FORENAME, :CLT-SURNAME,            BENEXT01
048900               :CLT-DATE-OF-BIRTH,                                BENEXT01
049000               :CLT-PARTNER-ID :IND-PARTNER-ID,                   BENEXT01
049100               :CLT-RESIDENCY-STATUS, :CLT-HABITUALLY-RESIDENT,   BENEXT01
049200               :CLT-WEEKLY-EARNINGS, :CLT-HOURS-WORKED,           BENEXT01
049300               :CLT-CAPITAL, :CLT-DISABLED-IND, :CLT-CARER-IND,   BENEXT01
049400               :CLT-SORT-CODE :IND-SORT-CODE,                     BENEXT01
049500               :CLT-ACCOUNT-NUMBER :IND-ACCOUNT-NUMBER,           BENEXT01
049600               :CLT-PAYMENT-METHOD :IND-PAYMENT-METHOD,           BENEXT01
049700               :ADR-LINE-1 :IND-ADDRESS(1),                       BENEXT01
049800               :ADR-LINE-2 :IND-ADDRESS(2),                       BENEXT01
049900               :ADR-LINE-3 :IND-ADDRESS(3),                       BENEXT01
050000               :ADR-TOWN :IND-ADDRESS(4),                         BENEXT01
050100               :ADR-POSTCODE :IND-ADDRESS(5),                     BENEXT01
050200               :ADR-COUNTRY-CODE :IND-ADDRESS(6)                  BENEXT01
050300     END-EXEC                                                     BENEXT01
050400     IF SQLCODE = +100                                            BENEXT01
050500         SET WS-END-OF-CURSOR TO TRUE                             BENEXT01
050600     ELSE                                                         BENEXT01
050700         ADD 1 TO WS-CLAIMS-FETCHED                               BENEXT01
050800         MOVE CLM-CLAIMANT-ID TO CLT-CLAIMANT-ID                  BENEXT01
050900     END-IF.                                                      BENEXT01
051000*                                                                 BENEXT01
051100 8000-TO-ISO.                                                     BENEXT01
051200     MOVE SPACES TO WS-ISO-DATE                                   BENEXT01
051300     STRING WS-YMD-CCYY '-' WS-YMD-MM '-' WS-YMD-DD               BENEXT01
051400            DELIMITED BY SIZE INTO WS-ISO-DATE.                   BENEXT01
051500*                                                                 BENEXT01
051600 8100-FROM-ISO.                                                   BENEXT01
051700     MOVE WS-ISO-CCYY TO WS-YMD-CCYY                              BENEXT01
051800     MOVE WS-ISO-MM   TO WS-YMD-MM                                BENEXT01
051900     MOVE WS-ISO-DD   TO WS-YMD-DD.                               BENEXT01
052000*                                                                 BENEXT01
052100 9000-TERMINATE.                                                  BENEXT01
052200     MOVE 'CLOSE CLMCSR' TO DB2-ERR-PARAGRAPH                     BENEXT01
052300     EXEC SQL CLOSE CLMCSR END-EXEC                               BENEXT01
052400     MOVE SPACES TO CL-CLAIM-RECORD                               BENEXT01
052500     SET CL-TRAILER-REC TO TRUE                                   BENEXT01
052600     MOVE WS-DETAILS-WRITTEN TO CL-TRL-RECORD-COUNT               BENEXT01
052700     MOVE WS-HASH-CLAIM-IDS  TO CL-TRL-HASH-CLAIM-IDS             BENEXT01
052800     WRITE CL-CLAIM-RECORD                                        BENEXT01
052900     CLOSE CLAIM-FILE                                             BENEXT01
053000     MOVE WS-DETAILS-WRITTEN TO WS-EDIT-COUNT                     BENEXT01
053100     DISPLAY 'BENEXT01 CLAIMS EXTRACTED ' WS-EDIT-COUNT           BENEXT01
053200     MOVE WS-WITH-PARTNER    TO WS-EDIT-COUNT                     BENEXT01
053300     DISPLAY 'BENEXT01   WITH PARTNER   ' WS-EDIT-COUNT           BENEXT01
053400     MOVE WS-WITH-DEBT       TO WS-EDIT-COUNT                     BENEXT01
053500     DISPLAY 'BENEXT01   WITH DEBT      ' WS-EDIT-COUNT.          BENEXT01
053600*                                                                 BENEXT01
053700     COPY SQLERRP.                                                BENEXT01
