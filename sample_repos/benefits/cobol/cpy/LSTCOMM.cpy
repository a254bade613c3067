000100*================================================================*LSTCOMM
000200* LSTCOMM    COMMAREA FOR THE BL01 PAYMENT HISTORY LIST (BENLST1)*LSTCOMM
000300*                                                                *LSTCOMM
000400*   PASSED ON RETURN TRANSID('BL01') ONLY.  BENLST1 XCTLS TO THE *LSTCOMM
000500*   MENUS WITHOUT A COMMAREA.  LENGTH 100 - KEEP LC-LENGTH IN    *LSTCOMM
000600*   STEP.  THE KEYS ARE PH-ALT-KEY VALUES (PAYHIST): CLAIM,      *LSTCOMM
000700*   PAYMENT DATE, SEQUENCE.                                      *LSTCOMM
000800*                                                                *LSTCOMM
000900* CHANGE HISTORY                                                 *LSTCOMM
001000* 12/10/98 GF  CREATED                                           *LSTCOMM
001100* 04/03/03 JB  CR1210 FIRST KEY AND PAGE NUMBER FOR PAGING BACK  *LSTCOMM
001200* 19/03/12 NB  CR3391 USER ROLE (SUPERVISOR / OFFICER)           *LSTCOMM
001300*================================================================*LSTCOMM
001400 01  LC-LIST-COMMAREA.                                            LSTCOMM
001500     05  LC-PROGRAM-STATE            PIC X.                       LSTCOMM
001600         88  LC-FIRST-TIME               VALUE SPACE LOW-VALUE.   LSTCOMM
001700         88  LC-LIST-SHOWN               VALUE 'L'.               LSTCOMM
001800     05  LC-USER-ROLE                PIC X.                       LSTCOMM
001900         88  LC-USER-SUPERVISOR          VALUE 'S'.               LSTCOMM
002000         88  LC-USER-OFFICER             VALUE 'O'.               LSTCOMM
002100     05  LC-CLAIM-ID                 PIC 9(9).                    LSTCOMM
002200     05  LC-CLAIMANT-ID              PIC 9(9).                    LSTCOMM
002300     05  LC-BENEFIT-TYPE             PIC X(3).                    LSTCOMM
002400     05  LC-FIRST-KEY                PIC X(20).                   LSTCOMM
002500     05  LC-LAST-KEY                 PIC X(20).                   LSTCOMM
002600     05  LC-PAGE-NO                  PIC S9(3) COMP-3.            LSTCOMM
002700     05  LC-MORE-SW                  PIC X.                       LSTCOMM
002800         88  LC-MORE-PAYMENTS            VALUE 'Y'.               LSTCOMM
002900         88  LC-NO-MORE-PAYMENTS         VALUE 'N'.               LSTCOMM
003000     05  FILLER                      PIC X(34).                   LSTCOMM
003100 01  LC-LENGTH                       PIC S9(4) COMP VALUE +100.   LSTCOMM
