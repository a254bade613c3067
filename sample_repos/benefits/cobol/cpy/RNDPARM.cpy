000100*================================================================*RNDPARM
000200* RNDPARM    PARAMETER AREA FOR SUBPROGRAM PAYRND                *RNDPARM
000300*   CALLED DYNAMICALLY (CALL WS-PGM-NAME) FROM PAYCALC.          *RNDPARM
000400* 11/02/02 RK  CREATED                                           *RNDPARM
000500* 05/05/09 AS  CR3120 ROUND-DOWN FOR PRO-RATA PART WEEKS         *RNDPARM
000600*================================================================*RNDPARM
000700 01  RP-ROUNDING-AREA.                                            RNDPARM
000800     05  RP-FUNCTION                 PIC X.                       RNDPARM
000900         88  RP-ROUND-HALF-UP            VALUE 'H'.               RNDPARM
001000         88  RP-ROUND-DOWN               VALUE 'D'.               RNDPARM
001100         88  RP-ROUND-UP                 VALUE 'U'.               RNDPARM
001200         88  RP-VALID-FUNCTION           VALUE 'H' 'D' 'U'.       RNDPARM
001300     05  RP-APPLY-MINIMUM            PIC X.                       RNDPARM
001400         88  RP-MINIMUM-APPLIES          VALUE 'Y'.               RNDPARM
001500     05  RP-AMOUNT-IN                PIC S9(9)V9(4) COMP-3.       RNDPARM
001600     05  RP-MINIMUM                  PIC S9(3)V99   COMP-3.       RNDPARM
001700     05  RP-AMOUNT-OUT               PIC S9(9)V99   COMP-3.       RNDPARM
001800     05  RP-RETURN-CODE              PIC S9(4)      COMP.         RNDPARM
001900         88  RP-OK                       VALUE 0.                 RNDPARM
002000         88  RP-BELOW-MINIMUM            VALUE 4.                 RNDPARM
002100         88  RP-BAD-FUNCTION             VALUE 12.                RNDPARM
