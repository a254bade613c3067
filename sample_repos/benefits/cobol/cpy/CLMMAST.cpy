000100*================================================================*CLMMAST
000200* CLMMAST    CLAIMANT MASTER RECORD - VSAM KSDS                  *CLMMAST
000300*                                                                *CLMMAST
000400*   DSN   BEN.PROD.CLAIMANT.MASTER     KEY (0,9)  RECSZ 500      *CLMMAST
000500*   BATCH DD CLMMAST (BENVSUP1).  CICS FILE CLMMAST (BENONL1,    *CLMMAST
000600*   BENUPD1).  ADDRESS GROUP COMES FROM MEMBER ADDRREC.          *CLMMAST
000700*                                                                *CLMMAST
000800* CHANGE HISTORY                                                 *CLMMAST
000900* 20/02/91 DH  CREATED (REPLACES IMS CLAIMANT SEGMENT)           *CLMMAST
001000* 09/06/04 TW  CR1655 BANK DETAILS                               *CLMMAST
001100* 27/09/04 TW  CR1744 DATE OF DEATH                              *CLMMAST
001200* 05/11/07 MP  CR2960 PENDING CHANGE FLAG FOR ONLINE UPDATES     *CLMMAST
001300*================================================================*CLMMAST
001400 01  CM-CLAIMANT-RECORD.                                          CLMMAST
001500     05  CM-KEY.                                                  CLMMAST
001600         10  CM-CLAIMANT-ID          PIC 9(9).                    CLMMAST
001700     05  CM-NINO                     PIC X(9).                    CLMMAST
001800     05  CM-NAME.                                                 CLMMAST
001900         10  CM-TITLE                PIC X(10).                   CLMMAST
002000         10  CM-FORENAME             PIC X(40).                   CLMMAST
002100         10  CM-SURNAME              PIC X(40).                   CLMMAST
002200     05  CM-DATE-OF-BIRTH            PIC 9(8).                    CLMMAST
002300     05  CM-DATE-OF-DEATH            PIC 9(8).                    CLMMAST
002400         88  CM-NOT-DECEASED             VALUE ZERO.              CLMMAST
002500     05  CM-ADDRESS.                                              CLMMAST
002600     COPY ADDRREC.                                                CLMMAST
002700     05  CM-PAYMENT-DETAILS.                                      CLMMAST
002800         10  CM-PAYMENT-METHOD       PIC X.                       CLMMAST
002900             88  CM-PAY-BACS             VALUE 'B'.               CLMMAST
003000             88  CM-PAY-CHEQUE           VALUE 'C'.               CLMMAST
003100             88  CM-PAY-POST-OFFICE      VALUE 'P'.               CLMMAST
003200             88  CM-VALID-METHOD         VALUE 'B' 'C' 'P'.       CLMMAST
003300         10  CM-SORT-CODE            PIC X(6).                    CLMMAST
003400         10  CM-ACCOUNT-NUMBER       PIC X(8).                    CLMMAST
003500     05  CM-STATUS                   PIC X.                       CLMMAST
003600         88  CM-ACTIVE                   VALUE 'A'.               CLMMAST
003700         88  CM-DECEASED                 VALUE 'D'.               CLMMAST
003800         88  CM-CLOSED                   VALUE 'C'.               CLMMAST
003900     05  CM-PENDING-CHANGE-IND       PIC X.                       CLMMAST
004000         88  CM-CHANGE-PENDING           VALUE 'Y'.               CLMMAST
004100         88  CM-NO-CHANGE-PENDING        VALUE 'N' ' '.           CLMMAST
004200     05  CM-LAST-CHANGE-DATE         PIC 9(8).                    CLMMAST
004300     05  CM-LAST-CHANGE-USER         PIC X(8).                    CLMMAST
004400     05  CM-CLAIM-COUNT              PIC S9(4) COMP.              CLMMAST
004500     05  CM-CLAIM-SUMMARY            OCCURS 5 TIMES               CLMMAST
004600                                     INDEXED BY CM-CLM-IDX.       CLMMAST
004700         10  CM-CLM-ID               PIC 9(9).                    CLMMAST
004800         10  CM-CLM-BENEFIT          PIC X(3).                    CLMMAST
004900         10  CM-CLM-STATUS           PIC X.                       CLMMAST
005000         10  CM-CLM-WEEKLY-AMT       PIC S9(7)V99 COMP-3.         CLMMAST
005100     05  FILLER                      PIC X(61).                   CLMMAST
