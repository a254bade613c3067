000100*================================================================*RATETAB
000200* RATETAB    WEEKLY BENEFIT RATE TABLE (FROM DB2 BENEFIT_RATE)   *RATETAB
000300*                                                                *RATETAB
000400*   GENERIC MEMBER - COPY WITH A PREFIX:                         *RATETAB
000500*       COPY RATETAB REPLACING ==:PFX:== BY ==WS==.              *RATETAB
000600*   BENPAY01 LOADS THE TABLE IN BENEFIT_TYPE, RATE_CODE ORDER    *RATETAB
000700*   AND PASSES IT TO PAYCALC, WHICH USES SEARCH ALL.  UNUSED     *RATETAB
000800*   ENTRIES MUST HOLD HIGH-VALUES TO KEEP THE KEY ASCENDING.     *RATETAB
000900*                                                                *RATETAB
001000* CHANGE HISTORY                                                 *RATETAB
001100* 11/02/02 RK  CREATED (40 ENTRIES)                              *RATETAB
001200* 12/09/05 TW  CR2150 RAISED TO 60 ENTRIES                       *RATETAB
001300*================================================================*RATETAB
001400 01  :PFX:-RATE-TABLE.                                            RATETAB
001500     05  :PFX:-RT-COUNT              PIC S9(4) COMP.              RATETAB
001600     05  :PFX:-RT-MAX                PIC S9(4) COMP.              RATETAB
001700     05  :PFX:-RT-EFFECTIVE-DATE     PIC 9(8).                    RATETAB
001800     05  :PFX:-RT-ENTRY              OCCURS 60 TIMES              RATETAB
001900                                     ASCENDING KEY IS :PFX:-RT-KEYRATETAB
002000                                     INDEXED BY :PFX:-RT-IDX.     RATETAB
002100         10  :PFX:-RT-KEY.                                        RATETAB
002200             15  :PFX:-RT-BENEFIT    PIC X(3).                    RATETAB
002300             15  :PFX:-RT-CODE       PIC X(16).                   RATETAB
002400         10  :PFX:-RT-WEEKLY-RATE    PIC S9(7)V99 COMP-3.         RATETAB
