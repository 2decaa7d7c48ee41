import { msg } from '@lit/localize';
import type { Province } from '../../content/schema/common.js';
import type { PublicHolidayId } from '../../logic/holidays.js';

/** The name of a Belgian public holiday in the interface language. Call it in render(). */
export function holidayName(id: PublicHolidayId): string {
  switch (id) {
    case 'new-year':
      return msg('New Year’s Day', { id: 'walkin.holiday.new-year' });
    case 'easter-monday':
      return msg('Easter Monday', { id: 'walkin.holiday.easter-monday' });
    case 'labour-day':
      return msg('Labour Day', { id: 'walkin.holiday.labour-day' });
    case 'ascension':
      return msg('Ascension Day', { id: 'walkin.holiday.ascension' });
    case 'whit-monday':
      return msg('Whit Monday', { id: 'walkin.holiday.whit-monday' });
    case 'national-day':
      return msg('Belgian National Day', { id: 'walkin.holiday.national-day' });
    case 'assumption':
      return msg('Assumption Day', { id: 'walkin.holiday.assumption' });
    case 'all-saints':
      return msg('All Saints’ Day', { id: 'walkin.holiday.all-saints' });
    case 'armistice':
      return msg('Armistice Day', { id: 'walkin.holiday.armistice' });
    case 'christmas':
      return msg('Christmas Day', { id: 'walkin.holiday.christmas' });
  }
}

/** The name of a province (or of the Brussels-Capital Region) in the interface language. Call it in render(). */
export function provinceName(id: Province): string {
  switch (id) {
    case 'antwerp':
      return msg('Antwerp', { id: 'walkin.province.antwerp' });
    case 'brussels':
      return msg('Brussels-Capital Region', { id: 'walkin.province.brussels' });
    case 'east-flanders':
      return msg('East Flanders', { id: 'walkin.province.east-flanders' });
    case 'flemish-brabant':
      return msg('Flemish Brabant', { id: 'walkin.province.flemish-brabant' });
    case 'hainaut':
      return msg('Hainaut', { id: 'walkin.province.hainaut' });
    case 'liege':
      return msg('Liège', { id: 'walkin.province.liege' });
    case 'limburg':
      return msg('Limburg', { id: 'walkin.province.limburg' });
    case 'luxembourg':
      return msg('Luxembourg', { id: 'walkin.province.luxembourg' });
    case 'namur':
      return msg('Namur', { id: 'walkin.province.namur' });
    case 'walloon-brabant':
      return msg('Walloon Brabant', { id: 'walkin.province.walloon-brabant' });
    case 'west-flanders':
      return msg('West Flanders', { id: 'walkin.province.west-flanders' });
  }
}
