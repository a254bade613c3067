000100*================================================================*DATEPARM
000200* DATEPARM   PARAMETER AREA FOR SUBPROGRAM DATEUTL               *DATEPARM
000300*                                                                *DATEPARM
000400*   CALL 'DATEUTL' USING DU-PARMS                                *DATEPARM
000500*   FUNCTIONS (DU-FUNCTION):                                     *DATEPARM
000600*     1  VALIDATE DU-DATE-1                                      *DATEPARM
000700*     2  AGE IN WHOLE YEARS ON DU-DATE-2 OF PERSON BORN DU-DATE-1*DATEPARM
000800*     3  DU-DATE-2 = DU-DATE-1 PLUS DU-DAYS (DU-DAYS MAY BE < 0) *DATEPARM
000900*     4  DU-DAYS = DU-DATE-2 MINUS DU-DATE-1                     *DATEPARM
001000*     5  DU-DAY-NUMBER = DAY OF WEEK OF DU-DATE-1 (1 = MONDAY)   *DATEPARM
001100*                                                                *DATEPARM
001200* CHANGE HISTORY                                                 *DATEPARM
001300* 03/11/88 DH  CREATED                                           *DATEPARM
001400* 22/09/98 PS  Y2K - ALL DATES NOW CCYYMMDD                      *DATEPARM
001500*================================================================*DATEPARM
001600 01  DU-PARMS.                                                    DATEPARM
001700     05  DU-FUNCTION                 PIC 9.                       DATEPARM
001800         88  DU-VALIDATE                 VALUE 1.                 DATEPARM
001900         88  DU-AGE                      VALUE 2.                 DATEPARM
002000         88  DU-ADD-DAYS                 VALUE 3.                 DATEPARM
002100         88  DU-DAYS-BETWEEN             VALUE 4.                 DATEPARM
002200         88  DU-DAY-OF-WEEK              VALUE 5.                 DATEPARM
002300         88  DU-VALID-FUNCTION           VALUE 1 THRU 5.          DATEPARM
002400     05  DU-DATE-1                   PIC 9(8).                    DATEPARM
002500     05  DU-DATE-1-R REDEFINES DU-DATE-1.                         DATEPARM
002600         10  DU-D1-CCYY              PIC 9(4).                    DATEPARM
002700         10  DU-D1-MM                PIC 9(2).                    DATEPARM
002800         10  DU-D1-DD                PIC 9(2).                    DATEPARM
002900     05  DU-DATE-2                   PIC 9(8).                    DATEPARM
003000     05  DU-DATE-2-R REDEFINES DU-DATE-2.                         DATEPARM
003100         10  DU-D2-CCYY              PIC 9(4).                    DATEPARM
003200         10  DU-D2-MM                PIC 9(2).                    DATEPARM
003300         10  DU-D2-DD                PIC 9(2).                    DATEPARM
003400     05  DU-DAYS                     PIC S9(7) COMP-3.            DATEPARM
003500     05  DU-YEARS                    PIC S9(4) COMP.              DATEPARM
003600     05  DU-DAY-NUMBER               PIC 9.                       DATEPARM
003700         88  DU-MONDAY                   VALUE 1.                 DATEPARM
003800         88  DU-WEEKEND                  VALUE 6 7.               DATEPARM
003900     05  DU-RETURN-CODE              PIC S9(4) COMP.              DATEPARM
004000         88  DU-OK                       VALUE 0.                 DATEPARM
004100         88  DU-INVALID-DATE             VALUE 8.                 DATEPARM
004200         88  DU-BAD-FUNCTION             VALUE 12.                DATEPARM
