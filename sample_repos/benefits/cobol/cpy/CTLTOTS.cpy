000100*================================================================*CTLTOTS
000200* CTLTOTS    BATCH CONTROL TOTALS                                *CTLTOTS
000300*                                                                *CTLTOTS
000400*   GENERIC MEMBER - COPY WITH A PREFIX:                         *CTLTOTS
000500*       COPY CTLTOTS REPLACING ==:PFX:== BY ==WS==.              *CTLTOTS
000600*   METHOD SUBSCRIPT: 1 = BACS, 2 = CHEQUE, 3 = POST OFFICE.     *CTLTOTS
000700*   OPERATIONS RECONCILE THESE AGAINST THE BACS FILE TOTALS.     *CTLTOTS
000800*                                                                *CTLTOTS
000900* CHANGE HISTORY                                                 *CTLTOTS
001000* 15/04/02 RK  CREATED                                           *CTLTOTS
001100* 21/07/08 MP  CR2995 TOTALS BY PAYMENT METHOD                   *CTLTOTS
001200*================================================================*CTLTOTS
001300 01  :PFX:-CONTROL-TOTALS.                                        CTLTOTS
001400     05  :PFX:-RECORDS-READ          PIC S9(9)     COMP-3.        CTLTOTS
001500     05  :PFX:-RECORDS-WRITTEN       PIC S9(9)     COMP-3.        CTLTOTS
001600     05  :PFX:-RECORDS-REJECTED      PIC S9(9)     COMP-3.        CTLTOTS
001700     05  :PFX:-AMOUNT-READ           PIC S9(11)V99 COMP-3.        CTLTOTS
001800     05  :PFX:-AMOUNT-WRITTEN        PIC S9(11)V99 COMP-3.        CTLTOTS
001900     05  :PFX:-BY-METHOD             OCCURS 3 TIMES               CTLTOTS
002000                                     INDEXED BY :PFX:-MTH-IDX.    CTLTOTS
002100         10  :PFX:-MTH-COUNT         PIC S9(9)     COMP-3.        CTLTOTS
002200         10  :PFX:-MTH-AMOUNT        PIC S9(11)V99 COMP-3.        CTLTOTS
002300 01  :PFX:-TOTALS-DISPLAY.                                        CTLTOTS
002400     05  :PFX:-DSP-COUNT             PIC ZZZ,ZZZ,ZZ9.             CTLTOTS
002500     05  :PFX:-DSP-AMOUNT            PIC Z,ZZZ,ZZZ,ZZ9.99-.       CTLTOTS
