000100*================================================================*CLAIMREC
000200* CLAIMREC   DAILY CLAIMS EXTRACT RECORD                         *CLAIMREC
000300*                                                                *CLAIMREC
000400*   WRITTEN BY BENEXT01 (DD CLAIMOUT), READ BY BENPAY01          *CLAIMREC
000500*   (DD CLAIMIN) AND PASSED BY REFERENCE TO PAYCALC, WHICH       *CLAIMREC
000600*   COPIES THIS MEMBER WITH REPLACING LEADING ==CL-== BY ==LK-== *CLAIMREC
000700*   DSN  BEN.PROD.CLAIMS.DAILY(+1)   RECFM=FB  LRECL=450         *CLAIMREC
000800*                                                                *CLAIMREC
000900*   ONE HEADER (H), N DETAILS (D), ONE TRAILER (T) PER RUN.      *CLAIMREC
001000*   AMOUNTS ARE POUNDS AND PENCE, DATES ARE CCYYMMDD.            *CLAIMREC
001100*                                                                *CLAIMREC
001200* CHANGE HISTORY                                                 *CLAIMREC
001300* 14/05/01 RK  CREATED FOR DB2 MIGRATION (WAS IMS CLAIMSEG)      *CLAIMREC
001400* 17/06/02 RK  DEPENDANT TABLE ADDED                             *CLAIMREC
001500* 10/02/03 JB  CR1195 RECOVERY DATA ADDED                        *CLAIMREC
001600* 09/06/04 TW  CR1655 BANK DETAILS                               *CLAIMREC
001700* 30/05/06 KT  CR2444 OVP WEEKLY RECOVERY                        *CLAIMREC
001800* 21/07/08 MP  CR2995 REGION CODE FOR PAYMENT SUMMARY REPORT     *CLAIMREC
001900*================================================================*CLAIMREC
002000 01  CL-CLAIM-RECORD.                                             CLAIMREC
002100     05  CL-RECORD-TYPE              PIC X.                       CLAIMREC
002200         88  CL-HEADER-REC               VALUE 'H'.               CLAIMREC
002300         88  CL-DETAIL-REC               VALUE 'D'.               CLAIMREC
002400         88  CL-TRAILER-REC              VALUE 'T'.               CLAIMREC
002500     05  CL-RECORD-BODY.                                          CLAIMREC
002600         10  CL-CLAIM-ID             PIC 9(9).                    CLAIMREC
002700         10  CL-CLAIMANT-ID          PIC 9(9).                    CLAIMREC
002800         10  CL-NINO                 PIC X(9).                    CLAIMREC
002900         10  CL-NINO-PARTS REDEFINES CL-NINO.                     CLAIMREC
003000             15  CL-NINO-PREFIX      PIC X(2).                    CLAIMREC
003100             15  CL-NINO-DIGITS      PIC 9(6).                    CLAIMREC
003200             15  CL-NINO-DIGITS-R REDEFINES CL-NINO-DIGITS.       CLAIMREC
003300                 20  FILLER          PIC 9(4).                    CLAIMREC
003400                 20  CL-NINO-PAYDAY-DIGITS                        CLAIMREC
003500                                     PIC 9(2).                    CLAIMREC
003600             15  CL-NINO-SUFFIX      PIC X.                       CLAIMREC
003700         10  CL-SURNAME              PIC X(40).                   CLAIMREC
003800         10  CL-FORENAME             PIC X(40).                   CLAIMREC
003900         10  CL-DATE-OF-BIRTH        PIC 9(8).                    CLAIMREC
004000         10  CL-DOB-R REDEFINES CL-DATE-OF-BIRTH.                 CLAIMREC
004100             15  CL-DOB-CCYY         PIC 9(4).                    CLAIMREC
004200             15  CL-DOB-MM           PIC 9(2).                    CLAIMREC
004300             15  CL-DOB-DD           PIC 9(2).                    CLAIMREC
004400         10  CL-BENEFIT-TYPE         PIC X(3).                    CLAIMREC
004500             88  CL-STATE-PENSION        VALUE 'SP '.             CLAIMREC
004600             88  CL-PENSION-CREDIT       VALUE 'PC '.             CLAIMREC
004700             88  CL-JOBSEEKERS           VALUE 'JSA'.             CLAIMREC
004800             88  CL-INCOME-SUPPORT       VALUE 'IS '.             CLAIMREC
004900             88  CL-CARERS-ALLOWANCE     VALUE 'CA '.             CLAIMREC
005000             88  CL-MEANS-TESTED         VALUE 'PC ' 'JSA' 'IS '. CLAIMREC
005100         10  CL-CLAIM-STATUS         PIC X.                       CLAIMREC
005200             88  CL-AWARDED              VALUE 'W'.               CLAIMREC
005300             88  CL-SUSPENDED            VALUE 'S'.               CLAIMREC
005400             88  CL-LIVE-CLAIM           VALUE 'W' 'S'.           CLAIMREC
005500         10  CL-CLAIMANT-CATEGORY    PIC X.                       CLAIMREC
005600             88  CL-PENSIONER            VALUE 'P'.               CLAIMREC
005700             88  CL-WORKING-AGE          VALUE 'W'.               CLAIMREC
005800         10  CL-DATE-RECEIVED        PIC 9(8).                    CLAIMREC
005900         10  CL-EFFECTIVE-DATE       PIC 9(8).                    CLAIMREC
006000         10  CL-LAST-PAID-DATE       PIC 9(8).                    CLAIMREC
006100             88  CL-NEVER-PAID           VALUE ZERO.              CLAIMREC
006200         10  CL-CURRENT-WEEKLY-AMT   PIC S9(7)V99 COMP-3.         CLAIMREC
006300         10  CL-RESIDENCE-DATA.                                   CLAIMREC
006400             15  CL-RESIDENCY-STATUS PIC X(4).                    CLAIMREC
006500                 88  CL-RES-UK           VALUE 'UK  '.            CLAIMREC
006600                 88  CL-RES-IRISH        VALUE 'IRL '.            CLAIMREC
006700                 88  CL-RES-REFUGEE      VALUE 'REF '.            CLAIMREC
006800                 88  CL-RES-EEA          VALUE 'EEA '.            CLAIMREC
006900                 88  CL-RES-NO-RECOURSE  VALUE 'NRPF'.            CLAIMREC
007000                 88  CL-RES-HRT-EXEMPT   VALUE 'UK  ' 'IRL '      CLAIMREC
007100                                               'REF '.            CLAIMREC
007200             15  CL-HABITUALLY-RESIDENT                           CLAIMREC
007300                                     PIC X.                       CLAIMREC
007400                 88  CL-HABITUAL-RESIDENT VALUE 'Y'.              CLAIMREC
007500             15  CL-COUNTRY-CODE     PIC X(2).                    CLAIMREC
007600                 88  CL-UK-ADDRESS       VALUE 'GB'.              CLAIMREC
007700         10  CL-HOUSEHOLD.                                        CLAIMREC
007800             15  CL-PARTNER-IND      PIC X.                       CLAIMREC
007900                 88  CL-HAS-PARTNER      VALUE 'Y'.               CLAIMREC
008000                 88  CL-SINGLE           VALUE 'N'.               CLAIMREC
008100             15  CL-PARTNER-DOB      PIC 9(8).                    CLAIMREC
008200             15  CL-DISABLED-IND     PIC X.                       CLAIMREC
008300                 88  CL-DISABLED         VALUE 'Y'.               CLAIMREC
008400             15  CL-CARER-IND        PIC X.                       CLAIMREC
008500                 88  CL-CARER            VALUE 'Y'.               CLAIMREC
008600             15  CL-LONE-PARENT-IND  PIC X.                       CLAIMREC
008700                 88  CL-LONE-PARENT      VALUE 'Y'.               CLAIMREC
008800             15  CL-HOURS-WORKED     PIC S9(4) COMP.              CLAIMREC
008900             15  CL-PARTNER-HOURS    PIC S9(4) COMP.              CLAIMREC
009000             15  CL-WEEKLY-EARNINGS  PIC S9(7)V99 COMP-3.         CLAIMREC
009100             15  CL-CAPITAL          PIC S9(9)V99 COMP-3.         CLAIMREC
009200             15  CL-DEPENDANT-COUNT  PIC 9(2).                    CLAIMREC
009300             15  CL-DEPENDANT OCCURS 6 TIMES                      CLAIMREC
009400                             INDEXED BY CL-DEP-IDX.               CLAIMREC
009500                 20  CL-DEP-AGE      PIC 9(2).                    CLAIMREC
009600                 20  CL-DEP-DISABLED-IND                          CLAIMREC
009700                                     PIC X.                       CLAIMREC
009800                     88  CL-DEP-DISABLED VALUE 'Y'.               CLAIMREC
009900                 20  CL-DEP-FTE-IND  PIC X.                       CLAIMREC
010000                     88  CL-DEP-IN-EDUCATION VALUE 'Y'.           CLAIMREC
010100         10  CL-PAYMENT-DETAILS.                                  CLAIMREC
010200             15  CL-PAYMENT-METHOD   PIC X.                       CLAIMREC
010300                 88  CL-PAY-BACS         VALUE 'B'.               CLAIMREC
010400                 88  CL-PAY-CHEQUE       VALUE 'C'.               CLAIMREC
010500                 88  CL-PAY-POST-OFFICE  VALUE 'P'.               CLAIMREC
010600                 88  CL-VALID-METHOD     VALUE 'B' 'C' 'P'.       CLAIMREC
010700             15  CL-SORT-CODE        PIC X(6).                    CLAIMREC
010800             15  CL-ACCOUNT-NUMBER   PIC X(8).                    CLAIMREC
010900         10  CL-RECOVERY-DATA.                                    CLAIMREC
011000             15  CL-OVP-ID           PIC 9(9).                    CLAIMREC
011100             15  CL-OVP-REASON       PIC X(2).                    CLAIMREC
011200                 88  CL-OVP-NONE         VALUE SPACES.            CLAIMREC
011300                 88  CL-OVP-OFFICIAL-ERROR                        CLAIMREC
011400                                         VALUE 'OE'.              CLAIMREC
011500                 88  CL-OVP-CLAIMANT-ERROR                        CLAIMREC
011600                                         VALUE 'CE'.              CLAIMREC
011700                 88  CL-OVP-FRAUD        VALUE 'FR'.              CLAIMREC
011800                 88  CL-OVP-RECOVERABLE  VALUE 'CE' 'FR'.         CLAIMREC
011900             15  CL-OVP-OUTSTANDING  PIC S9(7)V99 COMP-3.         CLAIMREC
012000             15  CL-OVP-WEEKLY-RECOVERY                           CLAIMREC
012100                                     PIC S9(7)V99 COMP-3.         CLAIMREC
012200         10  CL-ADDRESS.                                          CLAIMREC
012300             15  CL-ADDR-LINE        PIC X(40) OCCURS 3 TIMES.    CLAIMREC
012400             15  CL-TOWN             PIC X(30).                   CLAIMREC
012500             15  CL-POSTCODE         PIC X(8).                    CLAIMREC
012600             15  CL-REGION-CODE      PIC X(2).                    CLAIMREC
012700         10  FILLER                  PIC X(44).                   CLAIMREC
012800     05  CL-HEADER-BODY REDEFINES CL-RECORD-BODY.                 CLAIMREC
012900         10  CL-HDR-RUN-DATE         PIC 9(8).                    CLAIMREC
013000         10  CL-HDR-CREATED-TS       PIC X(26).                   CLAIMREC
013100         10  CL-HDR-SOURCE           PIC X(8).                    CLAIMREC
013200         10  FILLER                  PIC X(407).                  CLAIMREC
013300     05  CL-TRAILER-BODY REDEFINES CL-RECORD-BODY.                CLAIMREC
013400         10  CL-TRL-RECORD-COUNT     PIC 9(9).                    CLAIMREC
013500         10  CL-TRL-HASH-CLAIM-IDS   PIC 9(15).                   CLAIMREC
013600         10  FILLER                  PIC X(425).                  CLAIMREC
