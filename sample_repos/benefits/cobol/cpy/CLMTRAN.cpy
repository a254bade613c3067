000100*================================================================*CLMTRAN
000200* CLMTRAN    CLAIMANT CHANGE TRANSACTION                         *CLMTRAN
000300*                                                                *CLMTRAN
000400*   WRITTEN ONLINE BY BENUPD1 TO THE CICS ESDS CHGLOG            *CLMTRAN
000500*   (BEN.PROD.ONLINE.CHGLOG), SORTED BY BENMSTJ STEP020 ON       *CLMTRAN
000600*   CLAIMANT ID (1,9) AND TIMESTAMP (10,26) AND APPLIED TO THE   *CLMTRAN
000700*   CLAIMANT MASTER BY BENVSUP1 (DD TRANIN).  LRECL 400.         *CLMTRAN
000800*                                                                *CLMTRAN
000900* CHANGE HISTORY                                                 *CLMTRAN
001000* 05/11/07 MP  CR2960 CREATED                                    *CLMTRAN
001100* 16/02/09 AS  CR3077 DEATH NOTIFICATION                         *CLMTRAN
001200*================================================================*CLMTRAN
001300 01  CT-CHANGE-RECORD.                                            CLMTRAN
001400     05  CT-CLAIMANT-ID              PIC 9(9).                    CLMTRAN
001500     05  CT-TIMESTAMP                PIC X(26).                   CLMTRAN
001600     05  CT-TRAN-CODE                PIC X.                       CLMTRAN
001700         88  CT-ADD-CLAIMANT             VALUE 'A'.               CLMTRAN
001800         88  CT-CHANGE-ADDRESS           VALUE 'C'.               CLMTRAN
001900         88  CT-CHANGE-PAYMENT           VALUE 'P'.               CLMTRAN
002000         88  CT-NOTIFY-DEATH             VALUE 'D'.               CLMTRAN
002100         88  CT-DELETE-CLAIMANT          VALUE 'X'.               CLMTRAN
002200         88  CT-VALID-TRAN               VALUE 'A' 'C' 'P' 'D'    CLMTRAN
002300                                               'X'.               CLMTRAN
002400     05  CT-USER-ID                  PIC X(8).                    CLMTRAN
002500     05  CT-TERMINAL-ID              PIC X(4).                    CLMTRAN
002600     05  CT-NINO                     PIC X(9).                    CLMTRAN
002700     05  CT-NAME-PART.                                            CLMTRAN
002800         10  CT-TITLE                PIC X(10).                   CLMTRAN
002900         10  CT-FORENAME             PIC X(40).                   CLMTRAN
003000         10  CT-SURNAME              PIC X(40).                   CLMTRAN
003100         10  CT-DATE-OF-BIRTH        PIC 9(8).                    CLMTRAN
003200     05  CT-ADDRESS-PART.                                         CLMTRAN
003300         10  CT-ADDR-LINE            PIC X(40) OCCURS 3 TIMES.    CLMTRAN
003400         10  CT-TOWN                 PIC X(30).                   CLMTRAN
003500         10  CT-COUNTY               PIC X(30).                   CLMTRAN
003600         10  CT-POSTCODE             PIC X(8).                    CLMTRAN
003700         10  CT-COUNTRY-CODE         PIC X(2).                    CLMTRAN
003800     05  CT-PAYMENT-PART.                                         CLMTRAN
003900         10  CT-PAYMENT-METHOD       PIC X.                       CLMTRAN
004000         10  CT-SORT-CODE            PIC X(6).                    CLMTRAN
004100         10  CT-ACCOUNT-NUMBER       PIC X(8).                    CLMTRAN
004200     05  CT-DATE-OF-DEATH            PIC 9(8).                    CLMTRAN
004300     05  FILLER                      PIC X(32).                   CLMTRAN
