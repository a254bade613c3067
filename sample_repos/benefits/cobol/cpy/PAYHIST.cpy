000100*================================================================*PAYHIST
000200* PAYHIST    PAYMENT HISTORY RECORD - VSAM KSDS WITH AN AIX      *PAYHIST
000300*                                                                *PAYHIST
000400*   DSN   BEN.PROD.PAYMENT.HISTORY      KEY (0,9)  RECSZ 150     *PAYHIST
000500*   AIX   BEN.PROD.PAYMENT.HISTORY.CLMAIX  KEY PH-ALT-KEY (9,20) *PAYHIST
000600*         UNIQUEKEY, PATH BEN.PROD.PAYMENT.HISTORY.CLMPATH       *PAYHIST
000700*   CICS  FILE PAYHIST (BASE), FILE PAYHCLM (THE PATH - BROWSED  *PAYHIST
000800*         BY CLAIM AND DATE IN BENLST1)                          *PAYHIST
000900*                                                                *PAYHIST
001000*   REFRESHED NIGHTLY FROM THE DB2 PAYMENT TABLE BY THE ARCHIVE  *PAYHIST
001100*   SUITE.  A CLAIM'S ROWS ARE MOVED TO THE ARCHIVE (AND DELETED *PAYHIST
001200*   HERE) WHEN THE CLAIM IS CLOSED.                              *PAYHIST
001300*                                                                *PAYHIST
001400* CHANGE HISTORY                                                 *PAYHIST
001500* 12/10/98 GF  CREATED                                           *PAYHIST
001600* 14/05/01 RK  REFRESHED FROM DB2 INSTEAD OF THE PAYMENT TAPES   *PAYHIST
001700* 19/03/12 NB  CR3391 AUTHORISATION INDICATOR                    *PAYHIST
001800*================================================================*PAYHIST
001900 01  PH-PAYMENT-HISTORY.                                          PAYHIST
002000     05  PH-PAYMENT-ID               PIC 9(9).                    PAYHIST
002100     05  PH-ALT-KEY.                                              PAYHIST
002200         10  PH-CLAIM-ID             PIC 9(9).                    PAYHIST
002300         10  PH-PAY-DATE             PIC 9(8).                    PAYHIST
002400         10  PH-PAY-SEQ              PIC 9(3).                    PAYHIST
002500     05  PH-CLAIMANT-ID              PIC 9(9).                    PAYHIST
002600     05  PH-BENEFIT-TYPE             PIC X(3).                    PAYHIST
002700     05  PH-PERIOD-FROM              PIC 9(8).                    PAYHIST
002800     05  PH-PERIOD-TO                PIC 9(8).                    PAYHIST
002900     05  PH-GROSS-AMOUNT             PIC S9(7)V99 COMP-3.         PAYHIST
003000     05  PH-NET-AMOUNT               PIC S9(7)V99 COMP-3.         PAYHIST
003100     05  PH-METHOD                   PIC X.                       PAYHIST
003200     05  PH-STATUS                   PIC X.                       PAYHIST
003300         88  PH-PENDING                  VALUE 'P'.               PAYHIST
003400         88  PH-ISSUED                   VALUE 'I'.               PAYHIST
003500         88  PH-RETURNED                 VALUE 'R'.               PAYHIST
003600         88  PH-CANCELLED                VALUE 'X'.               PAYHIST
003700     05  PH-RETURN-DATE              PIC 9(8).                    PAYHIST
003800     05  PH-RETURN-REASON            PIC X.                       PAYHIST
003900     05  PH-AUTH-IND                 PIC X.                       PAYHIST
004000         88  PH-AUTHORISED               VALUE 'Y'.               PAYHIST
004100         88  PH-NOT-AUTHORISED           VALUE 'N' ' '.           PAYHIST
004200     05  PH-REFERENCE                PIC X(18).                   PAYHIST
004300     05  FILLER                      PIC X(53).                   PAYHIST
