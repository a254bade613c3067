000100*================================================================*ADJTRAN
000200* ADJTRAN    PAYMENT ADJUSTMENT TRANSACTION                      *ADJTRAN
000300*                                                                *ADJTRAN
000400*   KEYED BY THE ADJUSTMENTS TEAM ON THE ADJUSTMENT CAPTURE      *ADJTRAN
000500*   SCREENS, EXTRACTED EACH EVENING AND SORTED BY CLAIM IN       *ADJTRAN
000600*   BENADJJ STEP020.  READ BY BENADJ01 (DD ADJIN).               *ADJTRAN
000700*   DSN  BEN.PROD.ADJUST.TRANS(0)      RECFM=FB  LRECL=150       *ADJTRAN
000800*                                                                *ADJTRAN
000900*   AT-AMOUNT IS ALWAYS POSITIVE EXCEPT ON A CORRECTION, WHICH   *ADJTRAN
001000*   MAY TAKE MONEY OFF THE TOTAL PAID (NEGATIVE AMOUNT).         *ADJTRAN
001100*                                                                *ADJTRAN
001200* CHANGE HISTORY                                                 *ADJTRAN
001300* 14/09/93 GF  CREATED                                           *ADJTRAN
001400* 22/07/96 GF  DUE DATE FOR THE ARREARS INTEREST CALCULATION     *ADJTRAN
001500* 02/12/98 GF  Y2K - DATES NOW CCYYMMDD                          *ADJTRAN
001600* 10/02/03 JB  CR1195 RECOVERY ADJUSTMENTS                       *ADJTRAN
001700* 19/03/12 NB  CR3390 FRAUD RISK SCORE FROM FRS                  *ADJTRAN
001800*================================================================*ADJTRAN
001900 01  AT-ADJ-RECORD.                                               ADJTRAN
002000     05  AT-CLAIM-ID                 PIC 9(9).                    ADJTRAN
002100     05  AT-ADJ-REF                  PIC X(12).                   ADJTRAN
002200     05  AT-ADJ-TYPE                 PIC X.                       ADJTRAN
002300         88  AT-ARREARS                  VALUE 'A'.               ADJTRAN
002400         88  AT-RECOVERY                 VALUE 'R'.               ADJTRAN
002500         88  AT-CORRECTION               VALUE 'C'.               ADJTRAN
002600         88  AT-VALID-ADJ-TYPE           VALUE 'A' 'R' 'C'.       ADJTRAN
002700     05  AT-AMOUNT                   PIC S9(7)V99                 ADJTRAN
002800                                     SIGN LEADING SEPARATE.       ADJTRAN
002900     05  AT-EFFECTIVE-DATE           PIC 9(8).                    ADJTRAN
003000     05  AT-DUE-DATE                 PIC 9(8).                    ADJTRAN
003100     05  AT-RISK-SCORE               PIC S9(4)                    ADJTRAN
003200                                     SIGN LEADING SEPARATE.       ADJTRAN
003300     05  AT-USER-ID                  PIC X(8).                    ADJTRAN
003400     05  AT-AUTHORISED-BY            PIC X(8).                    ADJTRAN
003500     05  AT-NOTE                     PIC X(40).                   ADJTRAN
003600     05  FILLER                      PIC X(41).                   ADJTRAN
