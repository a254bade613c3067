000100*================================================================*BENCOMM
000200* BENCOMM    COMMAREA FOR THE PAY1/PAY2 ONLINE TRANSACTIONS      *BENCOMM
000300*                                                                *BENCOMM
000400*   PASSED ON RETURN TRANSID AND ON XCTL BETWEEN BENONL1 (PAY1)  *BENCOMM
000500*   AND BENUPD1 (PAY2).  LENGTH 300 - KEEP CA-LENGTH IN STEP.    *BENCOMM
000600*                                                                *BENCOMM
000700* CHANGE HISTORY                                                 *BENCOMM
000800* 07/03/94 PS  CREATED                                           *BENCOMM
000900* 09/06/04 TW  CR1655 NEW BANK DETAILS FOR CONFIRMATION          *BENCOMM
001000* 05/11/07 MP  CR2960 ADDRESS CHANGE FIELDS                      *BENCOMM
001100*================================================================*BENCOMM
001200 01  CA-BENEFITS-COMMAREA.                                        BENCOMM
001300     05  CA-PROGRAM-STATE            PIC X.                       BENCOMM
001400         88  CA-FIRST-TIME               VALUE SPACE LOW-VALUE.   BENCOMM
001500         88  CA-ENQUIRY-SHOWN            VALUE 'E'.               BENCOMM
001600         88  CA-UPDATE-ENTRY             VALUE 'U'.               BENCOMM
001700         88  CA-UPDATE-CONFIRM           VALUE 'C'.               BENCOMM
001800     05  CA-CALLING-PROGRAM          PIC X(8).                    BENCOMM
001900     05  CA-CLAIMANT-ID              PIC 9(9).                    BENCOMM
002000     05  CA-CLAIM-ID                 PIC 9(9).                    BENCOMM
002100     05  CA-NINO                     PIC X(9).                    BENCOMM
002200     05  CA-USER-ID                  PIC X(8).                    BENCOMM
002300     05  CA-MESSAGE                  PIC X(79).                   BENCOMM
002400     05  CA-NEW-DETAILS.                                          BENCOMM
002500         10  CA-NEW-METHOD           PIC X.                       BENCOMM
002600         10  CA-NEW-SORT-CODE        PIC X(6).                    BENCOMM
002700         10  CA-NEW-ACCOUNT          PIC X(8).                    BENCOMM
002800         10  CA-NEW-ADDR-LINE        PIC X(40) OCCURS 3 TIMES.    BENCOMM
002900         10  CA-NEW-POSTCODE         PIC X(8).                    BENCOMM
003000     05  FILLER                      PIC X(35).                   BENCOMM
003100 01  CA-LENGTH                       PIC S9(4) COMP VALUE +300.   BENCOMM
