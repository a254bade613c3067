000100*================================================================*PAYCPARM
000200* PAYCPARM   PARAMETER AREA FOR SUBPROGRAM PAYCALC               *PAYCPARM
000300*                                                                *PAYCPARM
000400*   CALL 'PAYCALC' USING CL-CLAIM-RECORD                         *PAYCPARM
000500*                        WS-RATE-TABLE                           *PAYCPARM
000600*                        PC-CALC-AREA                            *PAYCPARM
000700*   THE CALLER FILLS PC-INPUT; PAYCALC FILLS PC-OUTPUT.          *PAYCPARM
000800*   ALL AMOUNTS ARE POUNDS AND PENCE (V99).                      *PAYCPARM
000900*                                                                *PAYCPARM
001000* CHANGE HISTORY                                                 *PAYCPARM
001100* 11/02/02 RK  CREATED                                           *PAYCPARM
001200* 10/02/03 JB  CR1195 RECOVERY AMOUNT RETURNED                   *PAYCPARM
001300* 11/04/03 JB  CR1234 TARIFF INCOME RETURNED SEPARATELY          *PAYCPARM
001400* 05/05/09 AS  CR3120 PERIOD DAYS FOR PRO-RATA FIRST PAYMENT     *PAYCPARM
001500*================================================================*PAYCPARM
001600 01  PC-CALC-AREA.                                                PAYCPARM
001700     05  PC-INPUT.                                                PAYCPARM
001800         10  PC-RUN-DATE             PIC 9(8).                    PAYCPARM
001900         10  PC-CLAIMANT-AGE         PIC 9(3).                    PAYCPARM
002000         10  PC-PERIOD-FROM          PIC 9(8).                    PAYCPARM
002100         10  PC-PERIOD-TO            PIC 9(8).                    PAYCPARM
002200         10  PC-PERIOD-DAYS          PIC S9(4) COMP.              PAYCPARM
002300     05  PC-OUTPUT.                                               PAYCPARM
002400         10  PC-RETURN-CODE          PIC S9(4) COMP.              PAYCPARM
002500             88  PC-CALC-OK              VALUE 0.                 PAYCPARM
002600             88  PC-CALC-NIL-AWARD       VALUE 4.                 PAYCPARM
002700             88  PC-CALC-NO-RATE         VALUE 8.                 PAYCPARM
002800             88  PC-CALC-OVERFLOW        VALUE 12.                PAYCPARM
002900             88  PC-CALC-FAILED          VALUE 8 THRU 99.         PAYCPARM
003000         10  PC-RATE-CODE-USED       PIC X(16).                   PAYCPARM
003100         10  PC-PERSONAL-ALLOWANCE   PIC S9(7)V99 COMP-3.         PAYCPARM
003200         10  PC-PREMIUMS             PIC S9(7)V99 COMP-3.         PAYCPARM
003300         10  PC-TARIFF-INCOME        PIC S9(7)V99 COMP-3.         PAYCPARM
003400         10  PC-EARNINGS-DEDUCTION   PIC S9(7)V99 COMP-3.         PAYCPARM
003500         10  PC-GROSS-WEEKLY-AMOUNT  PIC S9(7)V99 COMP-3.         PAYCPARM
003600         10  PC-PAYMENT-AMOUNT       PIC S9(7)V99 COMP-3.         PAYCPARM
003700         10  PC-RECOVERY-AMOUNT      PIC S9(7)V99 COMP-3.         PAYCPARM
003800         10  PC-NET-PAYMENT-AMOUNT   PIC S9(7)V99 COMP-3.         PAYCPARM
003900         10  PC-MESSAGE              PIC X(60).                   PAYCPARM
