000100*================================================================*CLMAWD
000200* CLMAWD     CLAIM AWARD MASTER RECORD - VSAM KSDS               *CLMAWD
000300*                                                                *CLMAWD
000400*   DSN   BEN.PROD.CLAIM.AWARD.MASTER   KEY (0,9)  RECSZ 300     *CLMAWD
000500*   ONE RECORD PER CLAIM: THE CURRENT AWARD, WHAT HAS BEEN PAID  *CLMAWD
000600*   IN THE AWARD YEAR AND THE OVERPAYMENT POSITION.  LOADED BY   *CLMAWD
000700*   THE AWARDS SUBSYSTEM.  BATCH DD AWDMAST (BENADJ01 POSTS      *CLMAWD
000800*   ADJUSTMENTS).  CICS FILE AWDMAST (BENLST1, READ ONLY).       *CLMAWD
000900*                                                                *CLMAWD
001000*   AW-AWARD-END-DATE IS 99991231 FOR AN OPEN-ENDED AWARD.       *CLMAWD
001100*   AW-TOTAL-PAID IS BENEFIT PAID SINCE AW-AWARD-YEAR-START -    *CLMAWD
001200*   ARREARS INTEREST IS NOT BENEFIT AND IS KEPT APART.           *CLMAWD
001300*                                                                *CLMAWD
001400* CHANGE HISTORY                                                 *CLMAWD
001500* 14/09/93 GF  CREATED                                           *CLMAWD
001600* 22/07/96 GF  INTEREST PAID                                     *CLMAWD
001700* 10/02/03 JB  CR1195 OVERPAYMENT GROUP                          *CLMAWD
001800* 30/05/06 KT  CR2444 OVERPAYMENT STATUS AND CLEARED DATE        *CLMAWD
001900* 08/04/13 NB  CR3431 AWARD CAP FOR THE AWARD YEAR               *CLMAWD
002000*================================================================*CLMAWD
002100 01  AW-AWARD-RECORD.                                             CLMAWD
002200     05  AW-KEY.                                                  CLMAWD
002300         10  AW-CLAIM-ID             PIC 9(9).                    CLMAWD
002400     05  AW-CLAIMANT-ID              PIC 9(9).                    CLMAWD
002500     05  AW-BENEFIT-TYPE             PIC X(3).                    CLMAWD
002600     05  AW-CLAIM-STATUS             PIC X.                       CLMAWD
002700         88  AW-CLAIM-LIVE               VALUE 'L'.               CLMAWD
002800         88  AW-CLAIM-SUSPENDED          VALUE 'S'.               CLMAWD
002900         88  AW-CLAIM-CLOSED             VALUE 'C'.               CLMAWD
003000         88  AW-CLAIM-ARCHIVED           VALUE 'X'.               CLMAWD
003100     05  AW-AWARD-START-DATE         PIC 9(8).                    CLMAWD
003200     05  AW-AWARD-END-DATE           PIC 9(8).                    CLMAWD
003300         88  AW-OPEN-ENDED-AWARD         VALUE 99991231.          CLMAWD
003400     05  AW-AWARD-YEAR-START         PIC 9(8).                    CLMAWD
003500     05  AW-WEEKLY-AMOUNT            PIC S9(7)V99 COMP-3.         CLMAWD
003600     05  AW-AWARD-CAP                PIC S9(9)V99 COMP-3.         CLMAWD
003700     05  AW-TOTAL-PAID               PIC S9(9)V99 COMP-3.         CLMAWD
003800     05  AW-ARREARS-PAID             PIC S9(9)V99 COMP-3.         CLMAWD
003900     05  AW-INTEREST-PAID            PIC S9(7)V99 COMP-3.         CLMAWD
004000     05  AW-OVERPAYMENT.                                          CLMAWD
004100         10  AW-OVP-OUTSTANDING      PIC S9(7)V99 COMP-3.         CLMAWD
004200         10  AW-OVP-RECOVERED        PIC S9(7)V99 COMP-3.         CLMAWD
004300         10  AW-OVP-STATUS           PIC X.                       CLMAWD
004400             88  AW-OVP-NONE             VALUE SPACE.             CLMAWD
004500             88  AW-OVP-OUTSTANDING-DEBT VALUE 'O'.               CLMAWD
004600             88  AW-OVP-RECOVERING       VALUE 'R'.               CLMAWD
004700             88  AW-OVP-CLEARED          VALUE 'C'.               CLMAWD
004800         10  AW-OVP-CLEARED-DATE     PIC 9(8).                    CLMAWD
004900     05  AW-LAST-ADJ-DATE            PIC 9(8).                    CLMAWD
005000     05  AW-LAST-ADJ-REF             PIC X(12).                   CLMAWD
005100     05  AW-ADJ-COUNT                PIC S9(4) COMP.              CLMAWD
005200     05  FILLER                      PIC X(185).                  CLMAWD
