000100*================================================================*PAYREC
000200* PAYREC     PAYMENT OUTPUT RECORD                               *PAYREC
000300*                                                                *PAYREC
000400*   WRITTEN BY BENPAY01 (DD PAYOUT).  READ BY BENOVP01, BENBACS1 *PAYREC
000500*   (AFTER THE SORT IN BENBACSJ) AND BENRPT01 (DD PAYIN).        *PAYREC
000600*   DSN  BEN.PROD.PAYMENTS.DAILY(+1)   RECFM=FB  LRECL=350       *PAYREC
000700*                                                                *PAYREC
000800*   BYTE POSITIONS USED BY SORT CARDS IN BENBACSJ:               *PAYREC
000900*     RECORD TYPE 1   METHOD 122   SORT CODE 123   ACCOUNT 129   *PAYREC
001000*                                                                *PAYREC
001100* CHANGE HISTORY                                                 *PAYREC
001200* 15/04/02 RK  CREATED                                           *PAYREC
001300* 10/02/03 JB  CR1195 RECOVERY DEDUCTED, OVP ID AND REASON       *PAYREC
001400* 09/06/04 TW  CR1655 BANK DETAILS AND REFERENCE                 *PAYREC
001500* 21/07/08 MP  CR2995 REGION CODE, TRAILER TOTALS SIGN SEPARATE  *PAYREC
001600*================================================================*PAYREC
001700 01  PY-PAYMENT-RECORD.                                           PAYREC
001800     05  PY-RECORD-TYPE              PIC X.                       PAYREC
001900         88  PY-HEADER-REC               VALUE 'H'.               PAYREC
002000         88  PY-DETAIL-REC               VALUE 'D'.               PAYREC
002100         88  PY-TRAILER-REC              VALUE 'T'.               PAYREC
002200     05  PY-DETAIL.                                               PAYREC
002300         10  PY-PAYMENT-ID           PIC 9(9).                    PAYREC
002400         10  PY-CLAIM-ID             PIC 9(9).                    PAYREC
002500         10  PY-CLAIMANT-ID          PIC 9(9).                    PAYREC
002600         10  PY-NINO                 PIC X(9).                    PAYREC
002700         10  PY-PAYEE-NAME           PIC X(40).                   PAYREC
002800         10  PY-BENEFIT-TYPE         PIC X(3).                    PAYREC
002900         10  PY-REGION-CODE          PIC X(2).                    PAYREC
003000         10  PY-PAYMENT-DATE         PIC 9(8).                    PAYREC
003100         10  PY-PERIOD-FROM          PIC 9(8).                    PAYREC
003200         10  PY-PERIOD-TO            PIC 9(8).                    PAYREC
003300         10  PY-GROSS-AMOUNT         PIC S9(7)V99 COMP-3.         PAYREC
003400         10  PY-RECOVERY-DEDUCTED    PIC S9(7)V99 COMP-3.         PAYREC
003500         10  PY-NET-AMOUNT           PIC S9(7)V99 COMP-3.         PAYREC
003600         10  PY-METHOD               PIC X.                       PAYREC
003700             88  PY-BACS                 VALUE 'B'.               PAYREC
003800             88  PY-CHEQUE               VALUE 'C'.               PAYREC
003900             88  PY-POST-OFFICE          VALUE 'P'.               PAYREC
004000         10  PY-SORT-CODE            PIC X(6).                    PAYREC
004100         10  PY-ACCOUNT-NUMBER       PIC X(8).                    PAYREC
004200         10  PY-REFERENCE            PIC X(18).                   PAYREC
004300         10  PY-OVP-ID               PIC 9(9).                    PAYREC
004400         10  PY-OVP-REASON           PIC X(2).                    PAYREC
004500         10  PY-ADDRESS.                                          PAYREC
004600             15  PY-ADDR-LINE        PIC X(40) OCCURS 3 TIMES.    PAYREC
004700             15  PY-TOWN             PIC X(30).                   PAYREC
004800             15  PY-POSTCODE         PIC X(8).                    PAYREC
004900         10  FILLER                  PIC X(27).                   PAYREC
005000     05  PY-HEADER REDEFINES PY-DETAIL.                           PAYREC
005100         10  PY-HDR-RUN-DATE         PIC 9(8).                    PAYREC
005200         10  PY-HDR-SOURCE           PIC X(8).                    PAYREC
005300         10  FILLER                  PIC X(333).                  PAYREC
005400     05  PY-TRAILER REDEFINES PY-DETAIL.                          PAYREC
005500         10  PY-TRL-RECORD-COUNT     PIC 9(9).                    PAYREC
005600         10  PY-TRL-TOTAL-GROSS      PIC S9(11)V99                PAYREC
005700                                     SIGN LEADING SEPARATE.       PAYREC
005800         10  PY-TRL-TOTAL-RECOVERED  PIC S9(11)V99                PAYREC
005900                                     SIGN LEADING SEPARATE.       PAYREC
006000         10  PY-TRL-TOTAL-NET        PIC S9(11)V99                PAYREC
006100                                     SIGN LEADING SEPARATE.       PAYREC
006200         10  FILLER                  PIC X(298).                  PAYREC
