import { mountPage } from '@/components/mount';
import { Options } from '@/components/options/Options';

mountPage(() => <Options />);
