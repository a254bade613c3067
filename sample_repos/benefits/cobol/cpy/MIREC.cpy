000100*================================================================*MIREC
000200* MIREC      MANAGEMENT INFORMATION CASELOAD EXTRACT             *MIREC
000300*                                                                *MIREC
000400*   WRITTEN BY BENMI01 (DD MIOUT) FROM VIEW V_LIVE_CASELOAD FOR  *MIREC
000500*   THE STATISTICS BRANCH.  RECFM=FB LRECL=120.  LIBRARIAN       *MIREC
000600*   MEMBER - BROUGHT IN WITH ++INCLUDE, NOT COPY.                *MIREC
000700*                                                                *MIREC
000800* CHANGE HISTORY                                                 *MIREC
000900* 18/03/02 RK  CREATED                                           *MIREC
001000* 10/02/03 JB  CR1195 DEBT OUTSTANDING                           *MIREC
001100*================================================================*MIREC
001200 01  MI-CASELOAD-RECORD.                                          MIREC
001300     05  MI-RECORD-TYPE              PIC X.                       MIREC
001400         88  MI-DETAIL                   VALUE 'D'.               MIREC
001500         88  MI-SUMMARY                  VALUE 'S'.               MIREC
001600     05  MI-EXTRACT-DATE             PIC 9(8).                    MIREC
001700     05  MI-CLAIM-ID                 PIC 9(9).                    MIREC
001800     05  MI-NINO                     PIC X(9).                    MIREC
001900     05  MI-SURNAME                  PIC X(30).                   MIREC
002000     05  MI-POSTCODE-AREA            PIC X(2).                    MIREC
002100     05  MI-BENEFIT-TYPE             PIC X(3).                    MIREC
002200     05  MI-STATUS                   PIC X.                       MIREC
002300     05  MI-WEEKLY-AMOUNT            PIC S9(7)V99                 MIREC
002400                                     SIGN LEADING SEPARATE.       MIREC
002500     05  MI-LAST-PAID-DATE           PIC X(10).                   MIREC
002600     05  MI-WEEKS-SINCE-PAID         PIC 9(3).                    MIREC
002700     05  MI-DEBT-OUTSTANDING         PIC S9(7)V99                 MIREC
002800                                     SIGN LEADING SEPARATE.       MIREC
002900     05  FILLER                      PIC X(24).                   MIREC
003000 01  MI-SUMMARY-RECORD.                                           MIREC
003100     05  MS-RECORD-TYPE              PIC X.                       MIREC
003200     05  MS-EXTRACT-DATE             PIC 9(8).                    MIREC
003300     05  MS-POSTCODE-AREA            PIC X(2).                    MIREC
003400     05  MS-BENEFIT-TYPE             PIC X(3).                    MIREC
003500     05  MS-CASE-COUNT               PIC 9(7).                    MIREC
003600     05  MS-SUSPENDED-COUNT          PIC 9(7).                    MIREC
003700     05  MS-TOTAL-WEEKLY             PIC S9(11)V99                MIREC
003800                                     SIGN LEADING SEPARATE.       MIREC
003900     05  MS-TOTAL-DEBT               PIC S9(11)V99                MIREC
004000                                     SIGN LEADING SEPARATE.       MIREC
004100     05  FILLER                      PIC X(64).                   MIREC
